/**
 * The CSV tokenizer of the import: UTF-8 bytes in, one `string[]` per record
 * out, read exactly as csv-parse read them with the options the import used
 * (`bom`, `relax_quotes`, `relax_column_count`, empty lines kept), which a
 * property test checks on random input. It works on the decoded text of each
 * chunk, with no per-byte buffers and no stream machinery, which made csv-parse
 * and its garbage the largest cost of reading a roster.
 *
 * - A UTF-8 BOM at the start is dropped.
 * - Records end with the first line end found outside quotes (`\r\n`, `\n`
 *   or `\r`, in that order), and from then on with that one only.
 * - A field opens a quote only at its start; `""` in quotes is a quote; a
 *   closing quote followed by anything but a separator, a line end or the end
 *   keeps both quotes and the field goes on unquoted, as csv-parse's
 *   `relax_quotes` does; a quote inside an unquoted field is text.
 * - An empty line is a record of one empty field; a last line with nothing
 *   in it is no record.
 * - A record whose text grows past `maxRecordSize` characters, or a quote
 *   still open at the end, is an error with csv-parse's code
 *   (`CSV_MAX_RECORD_SIZE`, `CSV_QUOTE_NOT_CLOSED`), after every record before it.
 */
export class CsvTokenizer {
  private pending = '';
  private lineEnd: '' | '\n' | '\r' | '\r\n' = '';
  private readonly decoder = new TextDecoder('utf-8');
  private readonly separator: number;

  constructor(
    separator: string,
    private readonly maxRecordSize: number,
  ) {
    this.separator = separator.charCodeAt(0);
  }

  /** Adds the records complete once `chunk` is read to `out`; the rest waits for the next chunk. */
  write(chunk: Uint8Array, out: string[][]): void {
    const text = this.pending + this.decoder.decode(chunk, { stream: true });
    this.pending = text.slice(this.parse(text, false, out));
  }

  /** Adds the last records to `out`, at the end of the input. */
  end(out: string[][]): void {
    const text = this.pending + this.decoder.decode();
    this.pending = '';
    this.parse(text, true, out);
  }

  /** Whether a line end starts at `at`; the first one found decides the file's line end. */
  private lineEndAt(text: string, at: number): number {
    const c = text.charCodeAt(at);
    if (this.lineEnd === '') {
      if (c === CR) this.lineEnd = text.charCodeAt(at + 1) === LF ? '\r\n' : '\r';
      else if (c === LF) this.lineEnd = '\n';
      else return 0;
      return this.lineEnd.length;
    }
    if (this.lineEnd === '\n') return c === LF ? 1 : 0;
    if (this.lineEnd === '\r') return c === CR ? 1 : 0;
    return c === CR && text.charCodeAt(at + 1) === LF ? 2 : 0;
  }

  /** csv-parse's limit: a character is added to a record only while the record holds at most `maxRecordSize`. */
  private checkSize(characters: number): void {
    if (characters > this.maxRecordSize) throw csvError('CSV_MAX_RECORD_SIZE');
  }

  /** Parses the records of `text` into `out` and returns where the first incomplete one starts. */
  private parse(text: string, end: boolean, out: string[][]): number {
    const length = text.length;
    // Up to three characters are looked ahead (a closing quote, then `\r\n`).
    const stop = end ? length : length - 3;
    const separator = this.separator;
    const max = this.maxRecordSize;
    let start = 0;
    records: while (start < length) {
      const record: string[] = [];
      let size = 0; // characters of the record's finished fields
      let field = ''; // the current field before `from`, when it is not one plain run
      let from = start;
      let quoting = false;
      let wasQuoting = false;
      let pos = start;
      for (;;) {
        if (pos >= stop) {
          if (!end) return start;
          if (pos >= length) {
            if (quoting) throw csvError('CSV_QUOTE_NOT_CLOSED');
            const last = field + text.slice(from, pos);
            if (wasQuoting || record.length > 0 || last.length > 0) {
              record.push(own(last));
              out.push(record);
            }
            return length;
          }
        }
        const c = text.charCodeAt(pos);
        if (quoting) {
          if (c !== QUOTE) {
            if (pos - start > max) this.checkSize(size + field.length + (pos - from));
            pos += 1;
            continue;
          }
          const next = text.charCodeAt(pos + 1);
          if (next === QUOTE) {
            // `""`: the second quote is text.
            field += text.slice(from, pos);
            from = pos + 1;
            pos += 2;
            continue;
          }
          quoting = false;
          wasQuoting = true;
          if (!(next > 0) || next === separator || this.lineEndAt(text, pos + 1) > 0) {
            field += text.slice(from, pos);
            from = pos + 1;
          } else {
            // Not a closing quote after all: both quotes are text, the field goes on unquoted.
            field = `"${field}${text.slice(from, pos)}`;
            from = pos;
          }
          pos += 1;
          continue;
        }
        if (this.lineEnd === '' && (c === CR || c === LF)) this.lineEndAt(text, pos);
        if (c === QUOTE && from === pos && field === '') {
          quoting = true;
          pos += 1;
          from = pos;
          continue;
        }
        if (c === separator) {
          const value = own(field + text.slice(from, pos));
          record.push(value);
          size += value.length;
          field = '';
          wasQuoting = false;
          pos += 1;
          from = pos;
          continue;
        }
        if (c === CR || c === LF) {
          const ending = this.lineEndAt(text, pos);
          if (ending > 0) {
            record.push(own(field + text.slice(from, pos)));
            out.push(record);
            start = pos + ending;
            continue records;
          }
        }
        if (pos - start > max) this.checkSize(size + field.length + (pos - from));
        pos += 1;
      }
    }
    return start;
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The field as a string of its own. V8 makes a slice of 13 characters or
 * more a view into the whole chunk's text; a record keeping such a view (a
 * full name) would keep every chunk of the file alive. Short slices are
 * copies already.
 */
function own(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

function csvError(code: string): Error {
  return Object.assign(new Error(code), { code });
}
