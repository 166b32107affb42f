// The date fields: typed and shown day first (dd/mm/yyyy) whatever the
// browser's language, sent to the API as ISO (yyyy-mm-dd). A text field, not
// `<input type="date">`, whose display follows the browser's locale.

/** What a typed date reads as: the ISO date, or why it is not one. */
export type ParsedDate =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly reason: 'empty' }
  | { readonly ok: false; readonly reason: 'format' }
  | {
      readonly ok: false;
      readonly reason: 'impossible';
      readonly day: number;
      readonly month: number;
      readonly year: number;
    };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `d/m/yyyy`, `dd/mm/yyyy` (also with `.` or `-`), `ddmmyyyy` and ISO `yyyy-mm-dd`.
 *
 * @example
 * parseDate('1/3/2026')   // { ok: true, iso: '2026-03-01' }
 * parseDate('31/02/2026') // { ok: false, reason: 'impossible' }
 */
export function parseDate(text: string): ParsedDate {
  const value = text.trim();
  if (value === '') return { ok: false, reason: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(value);
  // Phones' numeric keypads may have no slash: `01032026` is read as 01/03/2026.
  const dayFirst =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(value) ?? /^(\d{2})(\d{2})(\d{4})$/u.exec(value);
  const parts = iso
    ? [iso[3], iso[2], iso[1]]
    : dayFirst
      ? [dayFirst[1], dayFirst[2], dayFirst[3]]
      : undefined;
  if (!parts) return { ok: false, reason: 'format' };
  const [day, month, year] = parts.map(Number) as [number, number, number];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { ok: false, reason: 'impossible', day, month, year };
  }
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** `2026-03-01` → `01/03/2026`, the way the field shows it. */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return year && month && day ? `${day}/${month}/${year}` : iso;
}

/** What the field says under a date it cannot read (Vietnamese, with an example). */
export function dateMessage(text: string, parsed: ParsedDate): string {
  if (parsed.ok) return '';
  if (parsed.reason === 'empty') return 'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 01/03/2026.';
  if (parsed.reason === 'format') {
    return `“${text.trim()}” không đọc được là một ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/03/2026.`;
  }
  const { day, month, year } = parsed;
  if (month < 1 || month > 12) {
    return `Không có tháng ${month}: tháng là một số từ 1 đến 12 (ngày/tháng/năm).`;
  }
  if (year < 1900) return `Năm ${year} không hợp lệ. Hãy nhập năm đủ bốn chữ số, ví dụ 2026.`;
  return `Không có ngày ${day}/${month}/${year}: tháng ${month} năm ${year} chỉ có ${daysIn(year, month)} ngày.`;
}

/**
 * Makes a text field a day-first date field: it checks what is typed, says
 * inline what is wrong, and shows a readable date again as dd/mm/yyyy when
 * the field is left. `onChange` runs on each edit.
 */
export function dateField(
  input: HTMLInputElement,
  message: HTMLElement,
  onChange: () => void,
): { iso: () => string | undefined; set: (iso: string) => void } {
  const show = (final: boolean) => {
    const parsed = parseDate(input.value);
    const quiet = !final && !parsed.ok && parsed.reason !== 'impossible';
    const text = parsed.ok || quiet ? '' : dateMessage(input.value, parsed);
    message.textContent = text;
    message.hidden = text === '';
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (final && parsed.ok) input.value = displayDate(parsed.iso);
  };
  input.addEventListener('input', () => {
    show(false);
    onChange();
  });
  input.addEventListener('change', () => {
    show(true);
    onChange();
  });
  return {
    iso: () => {
      const parsed = parseDate(input.value);
      return parsed.ok ? parsed.iso : undefined;
    },
    set: (iso) => {
      input.value = displayDate(iso);
      show(true);
    },
  };
}
