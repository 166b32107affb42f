// Step 2 of the page: the problems of the data. Every error first, in a
// table by file and row; then the warnings and notices folded by kind (one
// line with a count, the rows on demand); a filter by severity and by file.
// On a phone the tables become one card per problem, with no sideways scroll.
import type { IssueGroup, ValidateResponse, WebIssue } from '../src/schemas';
import { formatNumber } from './format';

type Severity = WebIssue['severity'];

const SEVERITY: Readonly<Record<Severity, string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  notice: 'Lưu ý',
};

const COLUMNS = ['Dòng', 'Cột', 'Giá trị', 'Vấn đề', 'Cách sửa'] as const;

/** Where a problem is, as the filter and the table headings name it: the file, or the sheet of a workbook. */
function placeOf(issue: Pick<WebIssue, 'file' | 'sheet'>): string {
  return issue.sheet ? `Trang tính ${issue.sheet}` : `Tệp ${issue.file}`;
}

function rowText(issue: WebIssue): string {
  if (issue.row !== undefined) return String(issue.row);
  if (issue.record !== undefined) return `#${issue.record}`;
  return 'toàn bảng';
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An empty table of problems, its caption for screen readers only. */
function issueTable(caption: string): HTMLTableElement {
  const table = element('table', 'issues');
  const title = table.createCaption();
  title.className = 'sr-only';
  title.textContent = caption;
  const head = table.createTHead().insertRow();
  for (const name of COLUMNS) {
    const th = element('th', undefined, name);
    th.scope = 'col';
    head.append(th);
  }
  return table;
}

/** One problem as a table row; each cell carries its column's name for the phone layout. */
function addRow(body: HTMLTableSectionElement, issue: WebIssue): void {
  const row = body.insertRow();
  row.className = issue.severity;
  const cells = [rowText(issue), issue.column ?? '', issue.value ?? '', issue.message, issue.hint];
  cells.forEach((text, index) => {
    const cell = row.insertCell();
    cell.textContent = text;
    cell.dataset.label = COLUMNS[index];
  });
}

/** Every error, grouped by file (or sheet), in file order. */
function errorTable(errors: readonly WebIssue[]): HTMLTableElement {
  const table = issueTable('Các lỗi cần sửa, xếp theo tệp và dòng');
  table.id = 'issues-table';
  const bodies = new Map<string, HTMLTableSectionElement>();
  for (const issue of errors) {
    const place = placeOf(issue);
    let body = bodies.get(place);
    if (!body) {
      body = table.createTBody();
      body.dataset.place = place;
      const th = element('th', undefined, place);
      th.colSpan = COLUMNS.length;
      th.scope = 'rowgroup';
      const head = body.insertRow();
      head.className = 'group';
      head.append(th);
      bodies.set(place, body);
    }
    addRow(body, issue);
  }
  return table;
}

/** One kind of warning or notice: a folded line with its count; its rows are built when opened. */
function kindDetails(group: IssueGroup, issues: readonly WebIssue[]): HTMLDetailsElement {
  const details = element('details', `kind ${group.severity}`);
  details.dataset.severity = group.severity;
  details.dataset.place = placeOf(group);
  const summary = element('summary', 'kind-line');
  summary.append(
    element('span', `badge ${group.severity}`, SEVERITY[group.severity]),
    element('span', 'kind-count', formatNumber(group.count)),
    element('span', 'kind-title', group.title),
    element(
      'span',
      'kind-place',
      group.column ? `${placeOf(group)} · cột “${group.column}”` : placeOf(group),
    ),
  );
  details.append(summary);
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('table')) return;
    const table = issueTable(`${group.title}: ${formatNumber(group.count)} vấn đề`);
    const body = table.createTBody();
    for (const index of group.listed) {
      const issue = issues[index];
      if (issue) addRow(body, issue);
    }
    details.append(table);
    const rest = group.count - group.listed.length;
    if (rest > 0) {
      details.append(
        element(
          'p',
          'help kind-rest',
          `Còn ${formatNumber(rest)} vấn đề cùng loại không liệt kê ở đây; hãy sửa các dòng trên rồi kiểm tra lại.`,
        ),
      );
    }
  });
  return details;
}

function option(value: string, text: string): HTMLOptionElement {
  const node = element('option', undefined, text);
  node.value = value;
  return node;
}

function select(id: string, label: string, options: HTMLOptionElement[]): HTMLDivElement {
  const field = element('div', 'field');
  const name = element('label', undefined, label);
  name.htmlFor = id;
  const input = element('select');
  input.id = id;
  input.append(...options);
  field.append(name, input);
  return field;
}

/** The filter: by severity (with counts) and by file or sheet. */
function filterForm(result: ValidateResponse): HTMLFormElement {
  const { counts } = result;
  const total = counts.errors + counts.warnings + counts.notices;
  const form = element('form', 'problem-filter');
  form.setAttribute('aria-label', 'Lọc các vấn đề');
  const places = [...new Set(result.groups.map(placeOf))];
  form.append(
    select('filter-severity', 'Mức', [
      option('', `Tất cả (${formatNumber(total)})`),
      option('error', `Lỗi (${formatNumber(counts.errors)})`),
      option('warning', `Cảnh báo (${formatNumber(counts.warnings)})`),
      option('notice', `Lưu ý (${formatNumber(counts.notices)})`),
    ]),
    select('filter-place', 'Tệp', [
      option('', 'Tất cả các tệp'),
      ...places.map((place) => option(place, place)),
    ]),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

/** Shows only what the filter asks for, and says how much that is. */
function applyFilter(root: HTMLElement, note: HTMLElement): void {
  const severity = (root.querySelector('#filter-severity') as HTMLSelectElement).value;
  const place = (root.querySelector('#filter-place') as HTMLSelectElement).value;
  const matches = (of: HTMLElement, itsSeverity: string) =>
    (!severity || severity === itsSeverity) && (!place || of.dataset.place === place);
  let errors = 0;
  for (const body of root.querySelectorAll<HTMLElement>('#issues-table tbody')) {
    body.hidden = !matches(body, 'error');
    if (!body.hidden) errors += body.querySelectorAll('tr.error').length;
  }
  const errorPart = root.querySelector<HTMLElement>('.error-part');
  if (errorPart) errorPart.hidden = errors === 0;
  let kinds = 0;
  for (const details of root.querySelectorAll<HTMLElement>('details.kind')) {
    details.hidden = !matches(details, details.dataset.severity ?? '');
    if (!details.hidden) kinds += 1;
  }
  const kindPart = root.querySelector<HTMLElement>('.kind-part');
  if (kindPart) kindPart.hidden = kinds === 0;
  note.textContent =
    errors + kinds === 0
      ? 'Không có vấn đề nào khớp bộ lọc.'
      : `Đang hiện ${formatNumber(errors)} lỗi và ${formatNumber(kinds)} nhóm cảnh báo, lưu ý.`;
}

/** The sentence above the problems: valid or not, and how many of each. */
function summaryText(result: ValidateResponse): string {
  const { counts } = result;
  if (result.ok) {
    return counts.warnings + counts.notices === 0
      ? 'Dữ liệu hợp lệ, không có vấn đề nào.'
      : `Dữ liệu hợp lệ. Có ${formatNumber(counts.warnings)} cảnh báo và ${formatNumber(counts.notices)} lưu ý nên xem lại.`;
  }
  return `Dữ liệu có ${formatNumber(counts.errors)} lỗi cần sửa (và ${formatNumber(counts.warnings)} cảnh báo, ${formatNumber(counts.notices)} lưu ý). Hãy sửa các lỗi trong tệp theo từng dòng dưới đây rồi chọn lại tệp.`;
}

/**
 * Shows the problems of a check in `root`, and its summary in `summary`:
 * every error, then one folded line per kind of warning or notice.
 */
export function renderProblems(
  result: ValidateResponse,
  root: HTMLElement,
  summary: HTMLElement,
): void {
  summary.textContent = summaryText(result);
  summary.className = `summary ${result.ok ? 'good' : 'bad'}`;
  root.replaceChildren();
  if (result.groups.length === 0) return;
  const note = element('p', 'help filter-note');
  note.setAttribute('aria-live', 'polite');
  const form = filterForm(result);
  form.addEventListener('change', () => applyFilter(root, note));
  root.append(form, note);
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    const part = element('div', 'error-part');
    part.append(
      element('h3', undefined, `Lỗi cần sửa (${formatNumber(errors.length)})`),
      errorTable(errors),
    );
    root.append(part);
  }
  const kinds = result.groups.filter((group) => group.severity !== 'error');
  if (kinds.length > 0) {
    const part = element('div', 'kind-part');
    part.append(
      element('h3', undefined, 'Cảnh báo và lưu ý, theo loại (bấm vào một dòng để xem chi tiết)'),
      ...kinds.map((group) => kindDetails(group, result.issues)),
    );
    root.append(part);
  }
  applyFilter(root, note);
}

/** Moves the focus (and the view) to the result of a check, for keyboard and screen reader users. */
export function focusResult(heading: HTMLElement): void {
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}
