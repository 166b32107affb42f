const escapeHtml = (text: string) =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');

/** A chart of the dashboard: its canvas and a table with the same figures for those who would rather read. */
function chart(id: string, title: string, wide = false): string {
  return `<figure class="chart${wide ? ' wide' : ''}" id="fig-${id}">
<figcaption id="cap-${id}">${title}</figcaption>
<div class="canvas-box"><canvas id="chart-${id}" role="img" aria-labelledby="cap-${id}"></canvas></div>
<details><summary>Xem dạng bảng</summary><div id="table-${id}"></div></details>
</figure>`;
}

/**
 * The page (trang web cho văn phòng đảng ủy): Vietnamese, every resource from
 * this server (`base` is the path the page is served at, ending in `/`), no
 * inline script or style. The script `assets/page.js` does the rest.
 *
 * @internal
 */
export function pageHtml(base: string, version: string): string {
  const b = escapeHtml(base);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="party-base" content="${b}">
<title>Số liệu đảng viên – kiểm tra dữ liệu, xem số liệu, lập báo cáo</title>
<link rel="icon" href="${b}assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${b}assets/page.css">
<script type="module" src="${b}assets/page.js"></script>
</head>
<body>
<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header class="top">
  <div class="brand">
    <img src="${b}assets/icon.svg" alt="" width="40" height="40">
    <div>
      <h1>Số liệu đảng viên</h1>
      <p id="ward-name" class="ward">Kiểm tra dữ liệu, xem số liệu và lập báo cáo</p>
    </div>
  </div>
  <form id="token-form" class="token" hidden>
    <label for="token">Mã truy cập</label>
    <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" aria-describedby="token-message">
    <button type="submit">Lưu mã</button>
    <p id="token-message" class="token-message" role="status" aria-live="polite" hidden></p>
  </form>
</header>
<main id="main" tabindex="-1">
  <p id="status" class="status" role="status" aria-live="polite"></p>
  <p id="alert" class="alert" role="alert" hidden></p>

  <section class="card" aria-labelledby="data-title">
    <h2 id="data-title"><span class="step">1</span> Chọn dữ liệu</h2>
    <div class="data-grid">
      <div id="drop" class="drop">
        <p class="drop-title">Kéo và thả tệp dữ liệu vào đây</p>
        <p class="drop-help">Một tệp Excel (.xlsx) theo mẫu, các tệp CSV, hoặc một tệp JSON</p>
        <label class="button primary" for="files">Chọn tệp trên máy…</label>
        <input id="files" class="file-input" type="file" multiple accept=".xlsx,.csv,.json">
        <p id="file-list" class="file-list" aria-live="polite"></p>
      </div>
      <div class="data-side">
        <div class="dates">
          <div class="field">
            <label for="as-of">Ngày số liệu <span class="hint">(ngày/tháng/năm)</span></label>
            <input type="text" id="as-of" class="date" inputmode="numeric" autocomplete="off" spellcheck="false" placeholder="dd/mm/yyyy" pattern="\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{8}|\\d{4}-\\d{2}-\\d{2}" maxlength="10" size="10" required aria-describedby="as-of-error">
            <p id="as-of-error" class="field-error" hidden></p>
          </div>
          <div class="field">
            <label for="from">Tính biến động từ ngày <span class="hint">(ngày/tháng/năm)</span></label>
            <input type="text" id="from" class="date" inputmode="numeric" autocomplete="off" spellcheck="false" placeholder="dd/mm/yyyy" pattern="\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{8}|\\d{4}-\\d{2}-\\d{2}" maxlength="10" size="10" required aria-describedby="from-error">
            <p id="from-error" class="field-error" hidden></p>
          </div>
        </div>
        <p class="help" id="window-text"></p>
        <div class="actions">
          <button id="check" type="button" class="primary" disabled>Kiểm tra và xem số liệu</button>
          <button id="sample" type="button" hidden>Dùng dữ liệu mẫu</button>
          <button id="template" type="button">Tải mẫu nhập liệu trống (.xlsx)</button>
        </div>
      </div>
    </div>
  </section>

  <section id="issues-section" class="card" aria-labelledby="issues-title" hidden>
    <h2 id="issues-title" tabindex="-1"><span class="step">2</span> Kết quả kiểm tra dữ liệu</h2>
    <p id="issues-summary" class="summary"></p>
    <div id="problems" class="problems"></div>
  </section>

  <section id="dashboard" class="card" aria-labelledby="dash-title" hidden>
    <h2 id="dash-title"><span class="step">3</span> Tổng quan số liệu</h2>
    <p id="dash-window" class="help"></p>
    <div id="kpis" class="kpis"></div>
    <div class="charts">
${chart('kind', 'Tổ chức đảng trực thuộc, theo loại')}
${chart('structure', 'Đảng viên theo loại hình tổ chức')}
${chart('gender', 'Giới tính')}
${chart('age', 'Độ tuổi')}
${chart('education', 'Trình độ giáo dục phổ thông')}
${chart('theory', 'Trình độ lý luận chính trị')}
${chart('movements', 'Biến động đảng viên trong kỳ: từ đầu kỳ đến cuối kỳ', true)}
    </div>
  </section>

  <section id="due-section" class="card" aria-labelledby="due-title" hidden>
    <h2 id="due-title"><span class="step">4</span> Sắp đến hạn</h2>
    <div class="due-bar">
      <div class="dates">
        <div class="field">
          <label for="due-from">Từ ngày <span class="hint">(ngày/tháng/năm)</span></label>
          <input type="text" id="due-from" class="date" inputmode="numeric" autocomplete="off" spellcheck="false" placeholder="dd/mm/yyyy" pattern="\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{8}|\\d{4}-\\d{2}-\\d{2}" maxlength="10" size="10" required aria-describedby="due-from-error">
          <p id="due-from-error" class="field-error" hidden></p>
        </div>
        <div class="field">
          <label for="due-until">Đến ngày <span class="hint">(ngày/tháng/năm)</span></label>
          <input type="text" id="due-until" class="date" inputmode="numeric" autocomplete="off" spellcheck="false" placeholder="dd/mm/yyyy" pattern="\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{8}|\\d{4}-\\d{2}-\\d{2}" maxlength="10" size="10" required aria-describedby="due-until-error">
          <p id="due-until-error" class="field-error" hidden></p>
        </div>
      </div>
      <div class="actions">
        <button id="due-show" type="button" class="primary">Xem việc đến hạn</button>
      </div>
    </div>
    <p id="due-window" class="help" aria-live="polite"></p>
    <div id="due-list" class="due-list"></div>
    <div class="actions due-downloads">
      <button id="due-ics" type="button">Tải lịch nhắc việc (.ics)</button>
      <button id="due-xlsx" type="button">Tải danh sách (.xlsx)</button>
    </div>
    <h3 id="badge-title" class="due-badges-title">Huy hiệu Đảng</h3>
    <p id="badge-text" class="help"></p>
    <div class="actions">
      <button id="badge-docx" type="button">Tải danh sách đề nghị (.docx)</button>
      <button id="badge-xlsx" type="button">Tải danh sách đề nghị (.xlsx)</button>
    </div>
  </section>

  <section id="report-section" class="card" aria-labelledby="report-title" hidden>
    <h2 id="report-title"><span class="step">5</span> Báo cáo</h2>
    <div class="report-bar">
      <div class="actions">
        <button id="preview" type="button" class="primary">Xem trước báo cáo</button>
        <button id="download-docx" type="button">Tải báo cáo Word (.docx)</button>
        <button id="download-html" type="button">Tải báo cáo HTML</button>
      </div>
      <div class="template-field">
        <label class="button" for="report-template">Chọn nội dung báo cáo riêng (.md, .json)…</label>
        <input id="report-template" class="file-input" type="file" accept=".md,.json,text/markdown,application/json">
        <span class="help">Mẫu: <span id="template-name">chưa chọn</span> (không bắt buộc)</span>
      </div>
    </div>
    <div id="report-note" class="help" aria-live="polite"></div>
    <iframe id="report-frame" class="report-frame" title="Xem trước báo cáo" sandbox="" hidden></iframe>
  </section>

  <section id="register-section" class="card" aria-labelledby="register-title" hidden>
    <h2 id="register-title"><span class="step">6</span> Sổ đăng ký</h2>
    <p class="help">Mỗi lần lưu dữ liệu vào sổ là một phiên bản; các phiên bản cũ vẫn giữ nguyên để xem lại và so sánh. Mọi lần xem dữ liệu cá nhân đều được ghi vào nhật ký.</p>
    <div class="actions">
      <button id="register-import" type="button" class="primary" data-role="officer">Lưu dữ liệu đã chọn vào sổ</button>
      <button id="register-refresh" type="button">Tải lại danh sách phiên bản</button>
    </div>
    <h3 class="register-head">Các phiên bản</h3>
    <ol id="register-versions" class="register-list" aria-live="polite"></ol>
    <div class="register-block" data-role="officer">
      <h3 class="register-head">So sánh hai phiên bản</h3>
      <div class="register-pick">
        <div class="field"><label for="diff-from">Phiên bản trước</label><select id="diff-from"></select></div>
        <div class="field"><label for="diff-to">Phiên bản sau</label><select id="diff-to"></select></div>
        <button id="diff-show" type="button">So sánh</button>
      </div>
      <div id="register-diff" class="register-diff" aria-live="polite"></div>
    </div>
    <div class="register-block">
      <h3 class="register-head">Số liệu của một phiên bản</h3>
      <div class="register-pick">
        <div class="field"><label for="figures-version">Phiên bản</label><select id="figures-version"></select></div>
        <button id="figures-show" type="button">Xem số liệu</button>
      </div>
      <p id="figures-window" class="help"></p>
      <div id="register-figures" class="kpis"></div>
    </div>
    <div class="register-block" data-role="administrator">
      <h3 class="register-head">Nhật ký kiểm tra</h3>
      <div class="actions"><button id="audit-show" type="button">Xem nhật ký</button></div>
      <p id="audit-verdict" class="summary" aria-live="polite"></p>
      <ol id="register-audit" class="register-list"></ol>
    </div>
    <div class="register-block" data-role="administrator">
      <h3 class="register-head">Mã truy cập</h3>
      <div class="register-pick">
        <div class="field"><label for="new-token-name">Tên (chữ, số, dấu - _ .)</label><input id="new-token-name" type="text" autocomplete="off" spellcheck="false" maxlength="64" size="16"></div>
        <div class="field"><label for="new-token-role">Vai trò</label><select id="new-token-role"><option value="reader">Người xem số liệu</option><option value="officer" selected>Cán bộ văn phòng</option><option value="administrator">Quản trị</option></select></div>
        <button id="new-token" type="button">Cấp mã mới</button>
      </div>
      <p id="new-token-shown" class="notice" role="status" hidden></p>
      <div class="actions register-tokens-bar"><button id="tokens-show" type="button">Xem các mã đã cấp</button></div>
      <ol id="register-tokens" class="register-list"></ol>
    </div>
  </section>
</main>
<footer class="foot">
  <p><span id="foot-data">Dữ liệu chỉ được xử lý trong bộ nhớ của máy chủ này, không lưu lại.</span> Phiên bản ${escapeHtml(version)}.</p>
</footer>
</body>
</html>
`;
}
