// The page for ward offices: choose the data (or the sample), see its
// problems by row, the dashboard, and the report. Every text is Vietnamese.
import type { DueList, Stats } from '@org/party-core';
import type { LabelList, PageLabels } from '../src/page/labels';
import type {
  AuthCheckResponse,
  FindingsResponse,
  HealthResponse,
  ValidateResponse,
} from '../src/schemas';
import { ApiError, call, callJson, fileNameOf, saveBlob, savedToken } from './api';
import { barChart, COLORS, doughnutChart, type Row, waterfallChart } from './charts';
import { dateField, displayDate } from './dates';
import { nextOccasion, renderDue, windowEnd } from './due';
import { formatChange, formatDate, formatNumber, formatPercent, todayIso } from './format';
import { focusResult, renderProblems } from './problems';
import { type PageRole, registerPanel } from './register';
import { reportQuery, resetReportChoice, showReportNotices } from './reportNotice';
import { tokenForm } from './token';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const ui = {
  status: $<HTMLParagraphElement>('status'),
  alert: $<HTMLParagraphElement>('alert'),
  ward: $<HTMLParagraphElement>('ward-name'),
  tokenForm: $<HTMLFormElement>('token-form'),
  token: $<HTMLInputElement>('token'),
  drop: $<HTMLDivElement>('drop'),
  files: $<HTMLInputElement>('files'),
  fileList: $<HTMLParagraphElement>('file-list'),
  asOf: $<HTMLInputElement>('as-of'),
  from: $<HTMLInputElement>('from'),
  windowText: $<HTMLParagraphElement>('window-text'),
  check: $<HTMLButtonElement>('check'),
  sample: $<HTMLButtonElement>('sample'),
  template: $<HTMLButtonElement>('template'),
  issuesSection: $<HTMLElement>('issues-section'),
  issuesSummary: $<HTMLParagraphElement>('issues-summary'),
  issuesTitle: $<HTMLHeadingElement>('issues-title'),
  problems: $<HTMLDivElement>('problems'),
  dashboard: $<HTMLElement>('dashboard'),
  dashWindow: $<HTMLParagraphElement>('dash-window'),
  kpis: $<HTMLDivElement>('kpis'),
  dueSection: $<HTMLElement>('due-section'),
  dueWindow: $<HTMLParagraphElement>('due-window'),
  dueList: $<HTMLDivElement>('due-list'),
  dueShow: $<HTMLButtonElement>('due-show'),
  dueIcs: $<HTMLButtonElement>('due-ics'),
  dueXlsx: $<HTMLButtonElement>('due-xlsx'),
  badgeTitle: $<HTMLHeadingElement>('badge-title'),
  badgeText: $<HTMLParagraphElement>('badge-text'),
  badgeDocx: $<HTMLButtonElement>('badge-docx'),
  badgeXlsx: $<HTMLButtonElement>('badge-xlsx'),
  reportSection: $<HTMLElement>('report-section'),
  preview: $<HTMLButtonElement>('preview'),
  docx: $<HTMLButtonElement>('download-docx'),
  html: $<HTMLButtonElement>('download-html'),
  reportTemplate: $<HTMLInputElement>('report-template'),
  templateName: $<HTMLSpanElement>('template-name'),
  reportNote: $<HTMLDivElement>('report-note'),
  frame: $<HTMLIFrameElement>('report-frame'),
};

/** The two date fields, typed and shown dd/mm/yyyy, read as ISO. */
const dates = {
  asOf: dateField(ui.asOf, $('as-of-error'), onDateChange),
  from: dateField(ui.from, $('from-error'), onDateChange),
};

/** The window of the due panel. */
const dueDates = {
  from: dateField($('due-from'), $('due-from-error'), () => undefined),
  until: dateField($('due-until'), $('due-until-error'), () => undefined),
};

function onDateChange(): void {
  updateWindowText();
  updateCheckButton();
}

const state: {
  files: File[];
  health?: HealthResponse;
  labels?: PageLabels;
  /** The role of the saved token (all of it when auth is disabled); unknown before a check. */
  role?: PageRole;
  busy: boolean;
} = { files: [], busy: false };

/** Shows progress or a result to everyone, screen readers included. */
function say(text: string): void {
  ui.status.textContent = text;
}

function showError(error: unknown): void {
  const message =
    error instanceof ApiError ? error.message : 'Đã có lỗi không mong muốn. Hãy thử lại.';
  ui.alert.textContent = message;
  ui.alert.hidden = false;
  say('');
  if (error instanceof ApiError && error.status === 401) {
    ui.tokenForm.hidden = false;
    ui.token.focus();
  }
}

function clearError(): void {
  ui.alert.hidden = true;
  ui.alert.textContent = '';
}

/** Runs one task at a time with every action button disabled meanwhile. */
async function busy<T>(message: string, task: () => Promise<T>): Promise<T | undefined> {
  if (state.busy) return undefined;
  state.busy = true;
  document.body.classList.add('busy');
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('main button')];
  const before = buttons.map((button) => button.disabled);
  for (const button of buttons) button.disabled = true;
  clearError();
  say(message);
  try {
    return await task();
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    buttons.forEach((button, i) => {
      button.disabled = before[i] ?? false;
    });
    updateCheckButton();
    state.busy = false;
    document.body.classList.remove('busy');
  }
}

function window_(): { asOf: string; from: string } {
  return { asOf: dates.asOf.iso() ?? '', from: dates.from.iso() ?? '' };
}

function updateWindowText(): void {
  const { asOf, from } = window_();
  ui.windowText.textContent =
    asOf && from
      ? `Số liệu tính đến ngày ${formatDate(asOf)}; biến động tính từ ${formatDate(from)} đến ${formatDate(asOf)}.`
      : 'Hãy chọn ngày số liệu và ngày bắt đầu kỳ.';
}

function updateCheckButton(): void {
  const { asOf, from } = window_();
  ui.check.disabled = state.files.length === 0 || !asOf || !from;
}

function formData(extra?: File): FormData {
  const form = new FormData();
  for (const file of state.files) form.append('files', file, file.name);
  if (extra) form.append('template', extra, extra.name);
  return form;
}

function setFiles(files: File[]): void {
  state.files = files;
  resetReportChoice();
  ui.fileList.textContent =
    files.length === 0 ? '' : `Đã chọn: ${files.map((file) => file.name).join(', ')}`;
  updateCheckButton();
}

// ——— Problems: page/problems.ts ———

function renderIssues(result: ValidateResponse): void {
  ui.issuesSection.hidden = false;
  renderProblems(result, ui.problems, ui.issuesSummary);
}

// ——— Dashboard ———

function rowsOf(list: LabelList, counts: Readonly<Record<string, number>>): Row[] {
  return list.map(([code, label]) => ({ label, value: counts[code] ?? 0 }));
}

function kpi(label: string, value: string, note?: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'kpi';
  const number = document.createElement('p');
  number.className = 'kpi-value';
  number.textContent = value;
  const text = document.createElement('p');
  text.className = 'kpi-label';
  text.textContent = label;
  box.append(number, text);
  if (note) {
    const small = document.createElement('p');
    small.className = 'kpi-note';
    small.textContent = note;
    box.append(small);
  }
  return box;
}

function renderDashboard(stats: Stats, labels: PageLabels): void {
  const { members, organizations, movements } = stats;
  ui.dashboard.hidden = false;
  ui.dashWindow.textContent = `Số liệu đến ngày ${formatDate(stats.asOf)}; biến động từ ${formatDate(movements.from)} đến ${formatDate(movements.to)}.`;
  ui.kpis.replaceChildren(
    kpi('Tổng số đảng viên', formatNumber(members.total)),
    kpi('Đảng viên dự bị', formatNumber(members.probationary)),
    kpi(
      'Tổ chức đảng trực thuộc',
      formatNumber(organizations.direct),
      `${formatNumber(organizations.eHandbookRegistered)} đã dùng Sổ tay đảng viên điện tử`,
    ),
    kpi('Kết nạp trong kỳ', formatNumber(movements.admitted)),
    kpi('Tăng, giảm trong kỳ', formatChange(movements.net)),
    kpi(
      'Đảng viên nữ',
      formatNumber(members.gender.female),
      formatPercent(members.gender.female, members.total),
    ),
  );
  barChart('kind', rowsOf(labels.organizationKinds, organizations.byKind), {
    unit: 'Số tổ chức',
    color: COLORS.blue,
  });
  const kindLabel = new Map(labels.organizationKinds);
  const categoryLabel = new Map(labels.organizationCategories);
  const structure = Object.entries(organizations.structure).map(([key, value]) => ({
    label: kindLabel.get(key) ?? categoryLabel.get(key) ?? key,
    value: value.members,
    extra: value.organizations,
  }));
  barChart('structure', structure, {
    horizontal: true,
    unit: 'Số đảng viên',
    extraHeader: 'Số tổ chức',
  });
  doughnutChart('gender', rowsOf(labels.gender, members.gender));
  barChart('age', rowsOf(labels.ageBands, members.ageBands), {
    unit: 'Số đảng viên',
    color: COLORS.teal,
  });
  barChart('education', rowsOf(labels.generalEducation, members.generalEducation), {
    unit: 'Số đảng viên',
    color: COLORS.gold,
  });
  barChart('theory', rowsOf(labels.politicalTheory, members.politicalTheory), {
    unit: 'Số đảng viên',
    color: COLORS.purple,
    horizontal: true,
  });
  const movementLabel = new Map(labels.movements);
  const change = (key: keyof typeof movements, sign: 1 | -1) => ({
    label: movementLabel.get(key) ?? key,
    change: sign * Number(movements[key] ?? 0),
  });
  waterfallChart(
    'movements',
    movements.opening,
    [
      change('admitted', 1),
      change('transferredIn', 1),
      change('transferredOut', -1),
      change('struckOff', -1),
      change('expelled', -1),
      change('deceased', -1),
      change('resigned', -1),
    ],
    movements.closing,
  );
}

// ——— Due items: page/due.ts ———

/** The due window as typed, or undefined (with the fields' own messages) when it cannot be read. */
function dueWindow(): { from: string; until: string } | undefined {
  const from = dueDates.from.iso();
  const until = dueDates.until.iso();
  if (!from || !until) return undefined;
  return { from, until };
}

/** The next award occasion from the data date. */
function occasion(): string {
  return nextOccasion(window_().asOf || todayIso(), state.labels?.badgeOccasions ?? []);
}

async function showDue(): Promise<void> {
  const window = dueWindow();
  if (!window) {
    ui.dueWindow.textContent = 'Hãy nhập từ ngày và đến ngày dạng ngày/tháng/năm.';
    return;
  }
  if (window.from > window.until) {
    ui.dueWindow.textContent = 'Đến ngày phải sau hoặc trùng từ ngày.';
    return;
  }
  const list = await callJson<DueList>('due', { method: 'POST', body: formData() }, { ...window });
  ui.dueSection.hidden = false;
  const total = list.items.length;
  const overdue = list.items.filter((item) => item.overdue).length;
  ui.dueWindow.textContent = `Từ ngày ${displayDate(list.from)} đến ngày ${displayDate(list.until)}: ${formatNumber(total)} việc${overdue > 0 ? `, trong đó ${formatNumber(overdue)} việc quá hạn` : ''}.`;
  renderDue(list, state.labels?.dueKinds ?? [], ui.dueList);
  const when = occasion();
  ui.badgeTitle.textContent = `Huy hiệu Đảng đợt ${formatDate(when)}`;
  const inWindow = when >= list.from && when <= list.until;
  const count = list.items.filter(
    (item) => item.kind === 'party-badge' && item.date === when,
  ).length;
  ui.badgeText.textContent = `${
    inWindow
      ? `Có ${formatNumber(count)} đảng viên đến mốc tuổi đảng dịp ${formatDate(when)}. `
      : ''
  }Danh sách đề nghị ghi họ tên, ngày sinh, ngày vào Đảng, tuổi đảng và chi bộ; chỉ tải về, không hiện trên trang.`;
}

async function downloadDue(format: 'ics' | 'xlsx'): Promise<void> {
  const window = dueWindow();
  if (!window) return;
  await busy('Đang lập danh sách việc đến hạn…', async () => {
    const response = await call('due', { method: 'POST', body: formData() }, { ...window, format });
    const name = fileNameOf(response, `viec-den-han.${format}`);
    saveBlob(await response.blob(), name);
    say(`Đã tải về ${name}.`);
  });
}

async function downloadBadges(format: 'docx' | 'xlsx'): Promise<void> {
  await busy('Đang lập danh sách đề nghị tặng Huy hiệu Đảng…', async () => {
    const response = await call(
      'due/badges',
      { method: 'POST', body: formData() },
      { occasion: occasion(), format },
    );
    const name = fileNameOf(response, `huy-hieu-dang.${format}`);
    saveBlob(await response.blob(), name);
    say(`Đã tải về ${name}.`);
  });
}

/** Opens the panel on the next three months from the data date. */
async function openDue(): Promise<void> {
  const from = window_().asOf;
  if (!from) return;
  dueDates.from.set(from);
  dueDates.until.set(windowEnd(from, 3));
  await showDue();
}

// ——— Report ———

async function reportResponse(format: string, preview = false): Promise<Response> {
  const template = ui.reportTemplate.files?.[0];
  const query = { ...window_(), format, ...reportQuery(preview) };
  return call('reports', { method: 'POST', body: formData(template) }, query);
}

/** Shows the findings: the figures the template states that the data does not give, each on its own line. */
async function showFindings(response: Response): Promise<void> {
  const count = Number(response.headers.get('x-party-findings') ?? '0');
  const template = ui.reportTemplate.files?.[0];
  const findings = await callJson<FindingsResponse>(
    'reports/findings',
    { method: 'POST', body: formData(template) },
    { ...window_(), ...reportQuery(false) },
  );
  showReportNotices(findings, () => void previewReport());
  ui.reportNote.replaceChildren();
  if (count === 0) {
    ui.reportNote.textContent = 'Các số liệu trong báo cáo được tính từ dữ liệu vừa kiểm tra.';
    return;
  }
  ui.reportNote.textContent = `Lưu ý: có ${formatNumber(count)} chỗ ghi sẵn trong mẫu báo cáo khác với số liệu tính từ dữ liệu hoặc với danh mục văn bản. Hãy xem lại trước khi ban hành.`;
  const list = document.createElement('ul');
  for (const m of findings.mismatches) {
    const item = document.createElement('li');
    // A citation's other value is the date of the registry of documents, not a figure of the data.
    item.textContent =
      m.kind === 'citation'
        ? `Mục ${m.section}: “${m.context ?? String(m.stated)}”, danh mục văn bản ghi ngày ${m.computed} (${m.how.vi}).`
        : `Mục ${m.section}: mẫu ghi ${m.context ?? String(m.stated)}, dữ liệu cho ${m.computed} (${m.how.vi}).`;
    list.append(item);
  }
  ui.reportNote.append(list);
}

async function previewReport(): Promise<void> {
  await busy('Đang lập báo cáo…', async () => {
    const response = await reportResponse('html', true);
    const html = await response.text();
    ui.frame.srcdoc = html;
    ui.frame.hidden = false;
    await showFindings(response);
    say('Đã lập xong bản xem trước báo cáo.');
  });
}

async function downloadReport(format: 'docx' | 'html'): Promise<void> {
  await busy('Đang lập báo cáo để tải về…', async () => {
    const response = await reportResponse(format);
    const name = fileNameOf(response, `bao-cao.${format}`);
    saveBlob(await response.blob(), name);
    // The preview has listed the findings of the same data already.
    if (!ui.reportNote.querySelector('li')) await showFindings(response);
    say(`Đã tải về ${name}.`);
  });
}

function showReportSection(): void {
  ui.reportSection.hidden = false;
  const docx = state.health?.formats.includes('docx') ?? false;
  const html = state.health?.formats.includes('html') ?? false;
  ui.docx.hidden = !docx;
  ui.html.hidden = !html;
  ui.preview.hidden = !html;
  if (!state.health?.report && !ui.reportTemplate.files?.length) {
    ui.reportNote.textContent =
      'Máy chủ chưa có mẫu báo cáo sẵn: hãy chọn tệp nội dung báo cáo (.md) hoặc mẫu (.json) để lập báo cáo.';
  }
}

// ——— Register: page/register.ts ———

const register = registerPanel({
  busy,
  say,
  files: () => state.files,
  labels: () => state.labels,
});

/** Asks the server who the saved token is, and shows what its role may use. */
async function checkRole(): Promise<void> {
  if (state.health?.auth === 'disabled') state.role = 'administrator';
  else if (!savedToken()) state.role = undefined;
  else {
    try {
      state.role = (await callJson<AuthCheckResponse>('auth/check')).role;
    } catch {
      state.role = undefined;
    }
  }
  if (state.health?.register) register.show(state.role);
}

// ——— Main flow ———

async function checkData(): Promise<void> {
  ui.frame.hidden = true;
  await busy('Đang kiểm tra dữ liệu…', async () => {
    const { asOf, from } = window_();
    // A reader sees figures and reports, not the problems table (it names rows and members).
    const reader = state.role === 'reader';
    const result = reader
      ? undefined
      : await callJson<ValidateResponse>(
          'validate',
          { method: 'POST', body: formData() },
          { asOf },
        );
    const name = result?.ward.committee ?? result?.ward.name;
    if (name) ui.ward.textContent = name;
    if (result) renderIssues(result);
    if (result && !result.ok) {
      ui.dashboard.hidden = true;
      ui.dueSection.hidden = true;
      ui.reportSection.hidden = true;
      say(`Dữ liệu có ${formatNumber(result.counts.errors)} lỗi. Hãy sửa rồi kiểm tra lại.`);
      focusResult(ui.issuesTitle);
      return;
    }
    say('Đang tính số liệu…');
    const stats = await callJson<Stats>(
      'stats',
      { method: 'POST', body: formData() },
      { asOf, from },
    );
    if (state.labels) renderDashboard(stats, state.labels);
    if (!reader) {
      say('Đang tìm việc sắp đến hạn…');
      // The due list is a help, not a step: its failure is shown and the report stays offered.
      await openDue().catch(showError);
    }
    showReportSection();
    say(
      `Đã kiểm tra xong: ${formatNumber(stats.members.total)} đảng viên, ${formatNumber(stats.organizations.total)} tổ chức đảng.`,
    );
    focusResult(ui.issuesTitle);
  });
  if (!ui.reportSection.hidden && state.health?.report && state.health.formats.includes('html')) {
    await previewReport();
  }
}

async function loadSample(): Promise<void> {
  const loaded = await busy('Đang tải dữ liệu mẫu…', async () => {
    const response = await call('sample.xlsx');
    const name = fileNameOf(response, 'du-lieu-mau.xlsx');
    return new File([await response.blob()], name, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });
  if (!loaded) return;
  setFiles([loaded]);
  await checkData();
}

async function downloadTemplate(): Promise<void> {
  await busy('Đang tải mẫu nhập liệu…', async () => {
    const response = await call('template.xlsx');
    const name = fileNameOf(response, 'mau-nhap-lieu.xlsx');
    saveBlob(await response.blob(), name);
    say(`Đã tải về ${name}. Hãy điền dữ liệu theo ghi chú ở mỗi cột rồi chọn lại tệp.`);
  });
}

function wire(): void {
  ui.files.addEventListener('change', () => {
    setFiles([...(ui.files.files ?? [])]);
    if (state.files.length > 0) void checkData();
  });
  for (const name of ['dragenter', 'dragover'] as const) {
    ui.drop.addEventListener(name, (event) => {
      event.preventDefault();
      ui.drop.classList.add('over');
    });
  }
  for (const name of ['dragleave', 'dragend'] as const) {
    ui.drop.addEventListener(name, () => ui.drop.classList.remove('over'));
  }
  ui.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.drop.classList.remove('over');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    setFiles(files);
    void checkData();
  });
  ui.check.addEventListener('click', () => void checkData());
  ui.sample.addEventListener('click', () => void loadSample());
  ui.template.addEventListener('click', () => void downloadTemplate());
  ui.dueShow.addEventListener(
    'click',
    () =>
      void busy('Đang tìm việc đến hạn…', async () => {
        await showDue();
        say('Đã cập nhật danh sách việc đến hạn.');
      }),
  );
  ui.dueIcs.addEventListener('click', () => void downloadDue('ics'));
  ui.dueXlsx.addEventListener('click', () => void downloadDue('xlsx'));
  ui.badgeDocx.addEventListener('click', () => void downloadBadges('docx'));
  ui.badgeXlsx.addEventListener('click', () => void downloadBadges('xlsx'));
  ui.preview.addEventListener('click', () => void previewReport());
  ui.docx.addEventListener('click', () => void downloadReport('docx'));
  ui.html.addEventListener('click', () => void downloadReport('html'));
  ui.reportTemplate.addEventListener('change', () => {
    const chosen = ui.reportTemplate.files?.[0];
    ui.templateName.textContent = chosen ? chosen.name : 'chưa chọn';
    if (chosen) ui.reportNote.textContent = `Sẽ dùng mẫu báo cáo “${chosen.name}”.`;
  });
  tokenForm(ui.tokenForm, ui.token, $('token-message'), (text) => {
    clearError();
    say(text);
    void checkRole();
  });
}

async function start(): Promise<void> {
  const today = todayIso();
  dates.asOf.set(today);
  dates.from.set(`${today.slice(0, 4)}-01-01`);
  updateWindowText();
  wire();
  updateCheckButton();
  try {
    const [health, labels] = await Promise.all([
      callJson<HealthResponse>('health'),
      callJson<PageLabels>('assets/labels.json'),
    ]);
    state.health = health;
    state.labels = labels;
    ui.tokenForm.hidden = health.auth !== 'token';
    ui.token.value = savedToken();
    ui.sample.hidden = !health.sample;
    if (health.register) {
      $('foot-data').textContent =
        'Dữ liệu tải lên chỉ được xử lý trong bộ nhớ của máy chủ này; chỉ dữ liệu bạn lưu vào sổ đăng ký mới được giữ lại.';
    }
    await checkRole();
    if (health.window) {
      dates.asOf.set(health.window.asOf);
      dates.from.set(health.window.from);
      updateWindowText();
    }
    say(
      health.auth === 'token' && !savedToken()
        ? 'Hãy nhập mã truy cập, rồi chọn tệp dữ liệu.'
        : 'Sẵn sàng. Hãy chọn tệp dữ liệu.',
    );
  } catch (error) {
    showError(error);
  }
  document.body.dataset.ready = 'true';
}

void start();
