/**
 * CSV writing for exports. Text cells that a spreadsheet would run as a formula (starting with
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
  const rows: string[][] = [];
  // Checked as the text is read, so a hostile file stops at the first row past a limit.
  const endRow = () => {
    if (row.length > limits.columns) throw notCsv(msg('csv.tooManyCells', { max: limits.columns }));
    if (rows.length >= limits.rows) throw notCsv(msg('csv.tooManyRows', { max: limits.rows }));
    rows.push(row);
  };
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      endRow();
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw notCsv(msg('csv.unclosedQuote'));
  if (cell !== '' || row.length) {
    row.push(cell);
    endRow();
  }
  return rows;
}

/** Undoes the export's formula guard: "'=SUM(A1)" comes back as "=SUM(A1)". */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
