/**
 * Splits a message of the issue catalogue into what is wrong and what to do.
 * Every message of `ISSUE_MESSAGES` is written as “what is wrong. What to
 * do.”: the Vietnamese advice starts with “Hãy”; otherwise the last sentence
 * is the advice. A message of one sentence has an empty hint. The catalogue's
 * test holds every message to this form, so the hint is found, not guessed.
 *
 * @example
 * splitIssueMessage('Thiếu giá trị bắt buộc ở cột “Ngày sinh”. Hãy điền giá trị cho ô này.')
 * // { message: 'Thiếu giá trị bắt buộc ở cột “Ngày sinh”.', hint: 'Hãy điền giá trị cho ô này.' }
 */
export function splitIssueMessage(text: string): { message: string; hint: string } {
  const advice = text.search(/(?<=[.!?])\s+Hãy\s/u);
  if (advice > 0) return { message: text.slice(0, advice), hint: text.slice(advice).trim() };
  const boundaries = [...text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)];
  const last = boundaries.at(-1);
  if (last?.index === undefined) return { message: text, hint: '' };
  const cut = last.index + 1;
  return { message: text.slice(0, cut), hint: text.slice(cut).trim() };
}
