// The "Sổ đăng ký" panel (the register): its versions, the difference
// between two of them field by field with the labels of the data contract,
// the figures of one version, and the audit log for administrators. What a
// role may not use is hidden (the server refuses it with 403 anyway).
import type { Stats } from '@org/party-core';
import type { LabelList, PageLabels } from '../src/page/labels';
import type {
  NewTokenResponse,
  RegisterAudit,
  RegisterDiff,
  RegisterImportResponse,
  RegisterStatsResponse,
  RegisterToken,
  RegisterVersion,
  RegisterVersions,
} from '../src/schemas';
import { call, callJson } from './api';
import { formatChange, formatDate, formatNumber, formatPercent } from './format';

/** A role, as `GET /auth/check` says it. */
export type PageRole = 'reader' | 'officer' | 'administrator';

const RANK: Record<PageRole, number> = { reader: 0, officer: 1, administrator: 2 };

/** Whether `role` may use what `needed` may. */
export function allows(role: PageRole | undefined, needed: string | undefined): boolean {
  if (role === undefined) return false;
  return RANK[role] >= (RANK[needed as PageRole] ?? 0);
}

/** How the audit log's actions read on the page. */
export const AUDIT_ACTIONS: Record<string, string> = {
  import: 'Nhập dữ liệu thành phiên bản mới',
  'import-rejected': 'Nhập dữ liệu bị từ chối (dữ liệu có lỗi)',
  export: 'Xuất dữ liệu',
  report: 'Lập báo cáo từ sổ',
  view: 'Xem dữ liệu cá nhân',
  'token-add': 'Cấp mã truy cập',
  'token-revoke': 'Thu hồi mã truy cập',
};

const ROLE_TEXT: Record<string, string> = {
  reader: 'người xem số liệu',
  officer: 'cán bộ văn phòng',
  administrator: 'quản trị',
};

/** `2026-12-06T02:50:00.000Z` → `6/12/2026 09:50` in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A field's value as people read it: a code's label, a date `16/6/2022`, Có/Không, a number `1.239`. */
export function fieldValue(value: unknown, codes: LabelList | undefined): string {
  if (value === undefined || value === null || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    const label = codes?.find(([code]) => code === value)?.[1];
    if (label) return label;
    if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return formatDate(value);
    return value.normalize('NFC');
  }
  return JSON.stringify(value);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function versionLine(v: RegisterVersion): HTMLLIElement {
  const li = element('li', v.status === 'rejected' ? 'register-item rejected' : 'register-item');
  li.dataset.version = String(v.id);
  const head = element('p', 'register-title');
  head.append(element('strong', '', `Phiên bản ${v.id}`));
  if (v.status === 'rejected') head.append(' ', element('span', 'badge error', 'Bị từ chối'));
  if (v.disappeared > 0) {
    head.append(
      ' ',
      element(
        'span',
        'badge warning',
        `${formatNumber(v.disappeared)} đảng viên mất khỏi danh sách không rõ lý do`,
      ),
    );
  }
  const members = v.counts.members ?? 0;
  const orgs = v.counts.organizations ?? 0;
  const what =
    v.status === 'rejected'
      ? `Dữ liệu có ${formatNumber(v.issues.errors)} lỗi nên không lưu bản ghi nào.`
      : `${formatNumber(members)} đảng viên, ${formatNumber(orgs)} tổ chức đảng${v.dataDate ? `; số liệu ngày ${formatDate(v.dataDate)}` : ''}.`;
  li.append(
    head,
    element(
      'p',
      'register-meta',
      `Lưu lúc ${formatDateTime(v.importedAt)}, người lưu: ${v.importedBy}`,
    ),
    element('p', 'register-meta', what),
  );
  return li;
}

function fill(
  select: HTMLSelectElement,
  versions: readonly RegisterVersion[],
  chosen: number,
): void {
  select.replaceChildren(
    ...versions.map((v) => {
      const option = element(
        'option',
        '',
        `Phiên bản ${v.id}${v.dataDate ? ` (số liệu ${formatDate(v.dataDate)})` : ''}`,
      );
      option.value = String(v.id);
      option.selected = v.id === chosen;
      return option;
    }),
  );
}

/** One changed record: its key and a small table Trường · Trước · Sau. */
function changeBlock(
  key: string,
  fields: RegisterDiff['members']['changed'][number]['fields'],
  collection: 'members' | 'organizations',
  labels: PageLabels,
): HTMLElement {
  const box = element('div', 'diff-record');
  box.append(
    element('h5', 'diff-key', collection === 'members' ? `Đảng viên ${key}` : `Tổ chức ${key}`),
  );
  const table = element('table', 'issues diff-table');
  const head = element('thead', '');
  const headRow = element('tr', '');
  for (const text of ['Thông tin', 'Trước', 'Sau']) {
    const th = element('th', '', text);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = element('tbody', '');
  const names = new Map(labels.fields[collection]);
  for (const change of fields) {
    const codes = labels.fieldCodes[`${collection}.${change.field}`];
    const row = element('tr', '');
    const before = element('td', 'diff-before', fieldValue(change.before, codes));
    const after = element('td', 'diff-after', fieldValue(change.after, codes));
    // On a phone each value shows under its column's name, as the problems table does.
    before.dataset.label = 'Trước';
    after.dataset.label = 'Sau';
    row.append(element('td', 'diff-field', names.get(change.field) ?? change.field), before, after);
    body.append(row);
  }
  table.append(head, body);
  box.append(table);
  return box;
}

function idList(title: string, ids: readonly string[], className: string): HTMLElement {
  const box = element('div', `diff-ids ${className}`);
  box.append(element('h4', 'diff-head', `${title} (${formatNumber(ids.length)})`));
  box.append(element('p', 'diff-id-list', ids.join(', ')));
  return box;
}

/** Fills `box` with the difference: counts, then members and organisations added, removed, changed, then movements. */
export function renderDiff(diff: RegisterDiff, labels: PageLabels, box: HTMLElement): void {
  const m = diff.members;
  const o = diff.organizations;
  const parts: HTMLElement[] = [
    element(
      'p',
      'summary',
      `Từ phiên bản ${diff.from} đến phiên bản ${diff.to}: đảng viên thêm ${formatNumber(m.added.length)}, bớt ${formatNumber(m.removed.length)}, thay đổi ${formatNumber(m.changed.length)}; tổ chức thêm ${formatNumber(o.added.length)}, bớt ${formatNumber(o.removed.length)}, thay đổi ${formatNumber(o.changed.length)}; biến động ghi thêm ${formatNumber(diff.movements.added.length)}.`,
    ),
  ];
  for (const [collection, keyed, noun] of [
    ['members', m, 'Đảng viên'],
    ['organizations', o, 'Tổ chức'],
  ] as const) {
    if (keyed.added.length > 0) parts.push(idList(`${noun} mới`, keyed.added, 'added'));
    if (keyed.removed.length > 0) {
      parts.push(idList(`${noun} không còn trong danh sách`, keyed.removed, 'removed'));
    }
    if (keyed.changed.length > 0) {
      const changed = element('div', 'diff-changed');
      changed.append(
        element('h4', 'diff-head', `${noun} thay đổi (${formatNumber(keyed.changed.length)})`),
      );
      for (const c of keyed.changed)
        changed.append(changeBlock(c.key, c.fields, collection, labels));
      parts.push(changed);
    }
  }
  if (diff.movements.added.length > 0) {
    const types = labels.fieldCodes['movements.type'];
    const moves = element('div', 'diff-moves');
    moves.append(
      element(
        'h4',
        'diff-head',
        `Biến động ghi thêm (${formatNumber(diff.movements.added.length)})`,
      ),
    );
    const ul = element('ul', 'diff-move-list');
    for (const move of diff.movements.added) {
      const date = typeof move.date === 'string' ? formatDate(move.date) : '';
      const who = typeof move.memberId === 'string' ? `, đảng viên ${move.memberId}` : '';
      ul.append(element('li', '', `${date}: ${fieldValue(move.type, types)}${who}`));
    }
    moves.append(ul);
    parts.push(moves);
  }
  if (
    m.added.length +
      m.removed.length +
      m.changed.length +
      o.added.length +
      o.removed.length +
      o.changed.length +
      diff.movements.added.length +
      diff.movements.removed.length ===
    0
  ) {
    parts.push(element('p', 'summary good', 'Hai phiên bản giống hệt nhau.'));
  }
  box.replaceChildren(...parts);
}

function kpi(label: string, value: string, note?: string): HTMLElement {
  const box = element('div', 'kpi');
  box.append(element('p', 'kpi-value', value), element('p', 'kpi-label', label));
  if (note) box.append(element('p', 'kpi-note', note));
  return box;
}

/** The main figures of a version, as the dashboard's first row shows them. */
export function renderFigures(stats: Stats, box: HTMLElement): void {
  const { members, organizations, movements } = stats;
  box.replaceChildren(
    kpi('Tổng số đảng viên', formatNumber(members.total)),
    kpi('Đảng viên dự bị', formatNumber(members.probationary)),
    kpi('Tổ chức đảng trực thuộc', formatNumber(organizations.direct)),
    kpi('Kết nạp trong kỳ', formatNumber(movements.admitted)),
    kpi('Tăng, giảm trong kỳ', formatChange(movements.net)),
    kpi(
      'Đảng viên nữ',
      formatNumber(members.gender.female),
      formatPercent(members.gender.female, members.total),
    ),
  );
}

function auditLine(entry: RegisterAudit['entries'][number]): HTMLLIElement {
  const li = element('li', 'register-item');
  li.dataset.seq = String(entry.seq);
  const head = element('p', 'register-title');
  head.append(
    element('strong', '', `${entry.seq}. ${AUDIT_ACTIONS[entry.action] ?? entry.action}`),
  );
  const d = entry.detail;
  const bits: string[] = [];
  if (typeof d.version === 'number') bits.push(`phiên bản ${d.version}`);
  if (typeof d.from === 'number' && typeof d.to === 'number') {
    bits.push(`so sánh phiên bản ${d.from} với ${d.to}`);
  }
  if (typeof d.route === 'string' && d.from === undefined) bits.push(d.route);
  if (typeof d.name === 'string') bits.push(`mã “${d.name}”`);
  if (typeof d.role === 'string') bits.push(`vai trò ${ROLE_TEXT[d.role] ?? d.role}`);
  li.append(
    head,
    element(
      'p',
      'register-meta',
      `${formatDateTime(entry.at)}, ${entry.actor}${bits.length > 0 ? ` · ${bits.join(' · ')}` : ''}`,
    ),
  );
  return li;
}

/** What the panel needs of the page: its busy wrapper, its status line, its files. */
export interface RegisterHost {
  readonly busy: <T>(message: string, task: () => Promise<T>) => Promise<T | undefined>;
  readonly say: (text: string) => void;
  readonly files: () => readonly File[];
  readonly labels: () => PageLabels | undefined;
}

/** Wires the panel; returns `show(role)`, to call once the token's role is known. */
export function registerPanel(host: RegisterHost): { show(role: PageRole | undefined): void } {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const ui = {
    section: $<HTMLElement>('register-section'),
    versions: $<HTMLOListElement>('register-versions'),
    importButton: $<HTMLButtonElement>('register-import'),
    refresh: $<HTMLButtonElement>('register-refresh'),
    diffFrom: $<HTMLSelectElement>('diff-from'),
    diffTo: $<HTMLSelectElement>('diff-to'),
    diffShow: $<HTMLButtonElement>('diff-show'),
    diff: $<HTMLDivElement>('register-diff'),
    figuresVersion: $<HTMLSelectElement>('figures-version'),
    figuresShow: $<HTMLButtonElement>('figures-show'),
    figuresWindow: $<HTMLParagraphElement>('figures-window'),
    figures: $<HTMLDivElement>('register-figures'),
    auditShow: $<HTMLButtonElement>('audit-show'),
    auditVerdict: $<HTMLParagraphElement>('audit-verdict'),
    audit: $<HTMLOListElement>('register-audit'),
    newName: $<HTMLInputElement>('new-token-name'),
    newRole: $<HTMLSelectElement>('new-token-role'),
    newToken: $<HTMLButtonElement>('new-token'),
    newShown: $<HTMLParagraphElement>('new-token-shown'),
    tokensShow: $<HTMLButtonElement>('tokens-show'),
    tokens: $<HTMLOListElement>('register-tokens'),
  };
  let role: PageRole | undefined;

  const load = async () => {
    const { versions } = await callJson<RegisterVersions>('register/versions');
    if (versions.length === 0) {
      ui.versions.replaceChildren(
        element(
          'li',
          'register-item',
          'Sổ chưa có phiên bản nào. Hãy chọn tệp dữ liệu ở bước 1 rồi bấm “Lưu dữ liệu đã chọn vào sổ”.',
        ),
      );
    } else {
      ui.versions.replaceChildren(...versions.map(versionLine));
    }
    const imported = versions.filter((v) => v.status === 'imported');
    const [latest, previous] = imported;
    fill(ui.diffFrom, imported, previous?.id ?? latest?.id ?? 0);
    fill(ui.diffTo, imported, latest?.id ?? 0);
    fill(ui.figuresVersion, imported, latest?.id ?? 0);
    for (const button of [ui.diffShow, ui.figuresShow]) button.disabled = imported.length === 0;
    return versions;
  };

  const importFiles = () =>
    host.busy('Đang lưu dữ liệu vào sổ đăng ký…', async () => {
      const files = host.files();
      if (files.length === 0) {
        host.say('Hãy chọn tệp dữ liệu ở bước 1 trước khi lưu vào sổ.');
        return;
      }
      const form = new FormData();
      for (const file of files) form.append('files', file, file.name);
      const made = await callJson<RegisterImportResponse>('register/import', {
        method: 'POST',
        body: form,
      });
      await load();
      host.say(
        `Đã lưu phiên bản ${made.version.id} vào sổ: ${formatNumber(made.version.counts.members ?? 0)} đảng viên.`,
      );
    });

  const showDiff = () =>
    host.busy('Đang so sánh hai phiên bản…', async () => {
      const from = ui.diffFrom.value;
      const to = ui.diffTo.value;
      const diff = await callJson<RegisterDiff>('register/diff', {}, { from, to });
      const labels = host.labels();
      if (labels) renderDiff(diff, labels, ui.diff);
      host.say(`Đã so sánh phiên bản ${from} với phiên bản ${to}.`);
    });

  const showFigures = () =>
    host.busy('Đang tính số liệu của phiên bản…', async () => {
      const answer = await callJson<RegisterStatsResponse>(
        'register/stats',
        {},
        { version: ui.figuresVersion.value },
      );
      ui.figuresWindow.textContent = `Phiên bản ${answer.version}: số liệu đến ngày ${formatDate(answer.asOf)}; biến động từ ${formatDate(answer.from)}.`;
      renderFigures(answer.stats, ui.figures);
      host.say(`Đã tính số liệu của phiên bản ${answer.version}.`);
    });

  const showAudit = () =>
    host.busy('Đang đọc nhật ký…', async () => {
      const body = await callJson<RegisterAudit>('register/audit');
      const { verdict } = body;
      ui.auditVerdict.className = verdict.ok ? 'summary good' : 'summary bad';
      ui.auditVerdict.textContent = verdict.ok
        ? `Nhật ký nguyên vẹn: ${formatNumber(verdict.entries)} mục, chuỗi mã băm khớp.`
        : `Nhật ký đã bị sửa hoặc thiếu: mục ${verdict.problem?.seq ?? '?'}. Hãy báo người quản trị.`;
      ui.audit.replaceChildren(...body.entries.map(auditLine));
      host.say('Đã tải nhật ký kiểm tra.');
    });

  const listTokens = async () => {
    const { tokens } = await callJson<{ tokens: RegisterToken[] }>('register/tokens');
    if (tokens.length === 0) {
      ui.tokens.replaceChildren(element('li', 'register-item', 'Sổ chưa cấp mã truy cập nào.'));
      return;
    }
    ui.tokens.replaceChildren(
      ...tokens.map((token) => {
        const li = element('li', token.revokedAt ? 'register-item rejected' : 'register-item');
        li.dataset.token = token.name;
        const head = element('p', 'register-title');
        head.append(element('strong', '', token.name), ` · ${ROLE_TEXT[token.role] ?? token.role}`);
        if (token.revokedAt) head.append(' ', element('span', 'badge error', 'Đã thu hồi'));
        li.append(
          head,
          element(
            'p',
            'register-meta',
            `Cấp lúc ${formatDateTime(token.createdAt)}, người cấp: ${token.createdBy}${token.revokedAt ? `; thu hồi lúc ${formatDateTime(token.revokedAt)}` : ''}`,
          ),
        );
        if (!token.revokedAt) {
          const revoke = element('button', 'token-revoke', 'Thu hồi');
          revoke.type = 'button';
          revoke.setAttribute('aria-label', `Thu hồi mã ${token.name}`);
          revoke.addEventListener('click', () => void revokeToken(token.name));
          li.append(revoke);
        }
        return li;
      }),
    );
  };

  const revokeToken = (name: string) =>
    host.busy(`Đang thu hồi mã “${name}”…`, async () => {
      await call(`register/tokens/${encodeURIComponent(name)}`, { method: 'DELETE' });
      await listTokens();
      host.say(`Đã thu hồi mã “${name}”: mã này không còn mở được trang.`);
    });

  const makeToken = () =>
    host.busy('Đang cấp mã truy cập…', async () => {
      const name = ui.newName.value.trim().normalize('NFC');
      const made = await callJson<NewTokenResponse>('register/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, role: ui.newRole.value }),
      });
      const code = element('code', 'new-token-value', made.token);
      ui.newShown.replaceChildren(
        `Mã truy cập của “${made.name}” (${ROLE_TEXT[made.role] ?? made.role}), chỉ hiện lần này; hãy chép và trao tận tay, giữ kín: `,
        code,
      );
      ui.newShown.hidden = false;
      ui.newName.value = '';
      await listTokens();
      host.say(`Đã cấp mã “${made.name}”.`);
    });

  ui.newToken.addEventListener('click', () => void makeToken());
  ui.tokensShow.addEventListener(
    'click',
    () =>
      void host.busy('Đang tải các mã truy cập…', async () => {
        await listTokens();
        host.say('Đã tải danh sách mã truy cập.');
      }),
  );
  ui.importButton.addEventListener('click', () => void importFiles());
  ui.refresh.addEventListener(
    'click',
    () =>
      void host.busy('Đang tải danh sách phiên bản…', async () => {
        await load();
        host.say('Đã tải lại danh sách phiên bản.');
      }),
  );
  ui.diffShow.addEventListener('click', () => void showDiff());
  ui.figuresShow.addEventListener('click', () => void showFigures());
  ui.auditShow.addEventListener('click', () => void showAudit());

  return {
    show(next) {
      role = next;
      ui.section.hidden = role === undefined;
      for (const node of ui.section.querySelectorAll<HTMLElement>('[data-role]')) {
        node.hidden = !allows(role, node.dataset.role);
      }
      if (role !== undefined) void load().catch(() => undefined);
    },
  };
}
