/**
 * CSV reading for imports, and writing for exports. Text cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) get a leading apostrophe so they stay text.
 */
import { badRequest } from './errors.ts';
import { msg, type Message } from './messages/message.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export interface CsvLimits {
  /** Cells in one row: far more than any resource has fields. */
  columns: number;
  /** Rows, the header included: one import is one transaction, and this keeps it to minutes. */
  rows: number;
}

export const CSV_LIMITS: CsvLimits = { columns: 200, rows: 200_001 };

const notCsv = (problem: Message) => badRequest(msg('import.notCsv', { problem }));

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes).
 * A leading byte-order mark is dropped. Returns rows of cells; a trailing empty line is no row.
 * A file that is no CSV, or is past a limit, is a 400 saying why.
 */
export function parseCsv(text: string, limits: CsvLimits = CSV_LIMITS): string[][] {
  return Array.from(csvRows(text, limits));
}

/** Characters that end a run of ordinary text outside quotes. */
const UNQUOTED_SPECIAL = /[,\r\n"]/g;

/**
 * The rows of CSV text one at a time, so a caller can parse a large file in slices between other
 * work. A state machine over the characters that matter: runs of ordinary text between them are
 * copied whole (a 50,000-row file parses in tens of milliseconds, not a second).
 */
export function* csvRows(text: string, limits: CsvLimits = CSV_LIMITS): Generator<string[], void, undefined> {
  let rows = 0;
  // Checked as the text is read, so a hostile file stops at the first row past a limit.
  const checkRow = (row: string[]) => {
    if (row.length > limits.columns) throw notCsv(msg('csv.tooManyCells', { max: limits.columns }));
    if (rows >= limits.rows) throw notCsv(msg('csv.tooManyRows', { max: limits.rows }));
    rows++;
    return row;
  };
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    if (quoted) {
      const quote = text.indexOf('"', i);
      if (quote === -1) throw notCsv(msg('csv.unclosedQuote'));
      cell += text.slice(i, quote);
      if (text[quote + 1] === '"') {
        cell += '"';
        i = quote + 2;
      } else {
        quoted = false;
        i = quote + 1;
      }
      continue;
    }
    UNQUOTED_SPECIAL.lastIndex = i;
    const special = UNQUOTED_SPECIAL.exec(text);
    const at = special ? special.index : text.length;
    cell += text.slice(i, at);
    if (!special) break;
    const c = special[0];
    i = at + 1;
    if (c === '"') {
      // A quote opens a quoted cell only at its start; inside text it is text.
      if (cell === '') quoted = true;
      else cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else {
      if (c === '\r' && text[i] === '\n') i++;
      row.push(cell);
      yield checkRow(row);
      row = [];
      cell = '';
    }
  }
  if (quoted) throw notCsv(msg('csv.unclosedQuote'));
  if (cell !== '' || row.length) {
    row.push(cell);
    yield checkRow(row);
  }
}

/** Undoes the export's formula guard: "'=SUM(A1)" comes back as "=SUM(A1)". */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
