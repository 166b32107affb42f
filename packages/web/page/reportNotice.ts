// What the page tells before a report is issued: a narrative written for
// another ward (with the generic narrative on offer) and the headings whose
// text needs data the dataset does not have. Every text is Vietnamese.
import type { FindingsResponse } from '../src/schemas';

const choice = { generic: false, draft: false };

/** Forgets the choices of the last data (new files chosen). */
export function resetReportChoice(): void {
  choice.generic = false;
  choice.draft = false;
}

/**
 * The query a report request adds: `narrative=generic` once chosen;
 * `draft=1` for a preview (always a draft) or a download the user asked as a draft.
 */
export function reportQuery(preview: boolean): Record<string, string> {
  const query: Record<string, string> = {};
  if (choice.generic) query.narrative = 'generic';
  if (preview || choice.draft) query.draft = '1';
  return query;
}

function box(id: string, className: string): HTMLDivElement {
  const note = document.getElementById('report-note') as HTMLElement;
  let element = document.getElementById(id) as HTMLDivElement | null;
  if (!element) {
    element = document.createElement('div');
    element.id = id;
    element.setAttribute('role', 'status');
    note.before(element);
  }
  element.className = `notice ${className}`;
  element.replaceChildren();
  return element;
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function otherWardNotice(findings: FindingsResponse, rebuild: () => void): void {
  const element = box('ward-notice', 'warn');
  const other = findings.otherWard;
  element.hidden = !other;
  if (!other) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'primary';
  button.textContent = 'Dùng nội dung báo cáo chung';
  button.addEventListener('click', () => {
    choice.generic = true;
    rebuild();
  });
  element.append(
    paragraph(
      `Nội dung báo cáo đang dùng được viết cho ${other.narrative}, còn dữ liệu là của ${other.data}. Phần đầu văn bản (cấp ủy, cấp trên, địa danh) đã lấy theo dữ liệu, nhưng các câu trong nội dung vẫn nói về ${other.narrative}.`,
    ),
    paragraph(
      `Hãy chọn nội dung báo cáo của ${other.data} (.md, .json), hoặc dùng nội dung báo cáo chung: chỉ gồm số liệu và bảng tính từ dữ liệu, để đơn vị bổ sung phần nhận định.`,
    ),
    button,
  );
}

function gapsNotice(findings: FindingsResponse): void {
  const element = box('gaps-notice', 'bad');
  element.hidden = findings.gaps.length === 0;
  if (findings.gaps.length === 0) return;
  const list = document.createElement('ul');
  for (const gap of findings.gaps) {
    const item = document.createElement('li');
    const where = gap.section === 'preamble' ? 'Phần mở đầu' : `Mục ${gap.section} (${gap.title})`;
    item.textContent = `${where}: cần ${gap.figures.map((f) => f.label.vi).join('; ')}.`;
    list.append(item);
  }
  const draft = document.createElement('label');
  const check = document.createElement('input');
  check.type = 'checkbox';
  check.id = 'draft';
  check.checked = choice.draft;
  check.addEventListener('change', () => {
    choice.draft = check.checked;
  });
  draft.append(check, ' Tải về bản nháp (đánh dấu chỗ thiếu số liệu, không dùng để ban hành)');
  element.append(
    paragraph(
      'Dữ liệu chưa có một số số liệu mà nội dung báo cáo cần, nên chưa lập được báo cáo để ban hành; bản xem trước là bản nháp, đánh dấu chỗ thiếu. Các mục cần bổ sung:',
    ),
    list,
    paragraph(
      'Hãy bổ sung dữ liệu (ví dụ tệp xếp loại chất lượng) hoặc sửa nội dung báo cáo ở các mục trên.',
    ),
    draft,
  );
}

/** Shows (or hides) both notices for the findings of the current data and narrative. */
export function showReportNotices(findings: FindingsResponse, rebuild: () => void): void {
  otherWardNotice(findings, rebuild);
  gapsNotice(findings);
}
