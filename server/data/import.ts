/**
 * CSV import for any resource the role may create in. Every row is one create (or, with `match`,
 * a unique field such as sku, an update of the record holding its value) through the write
 * pipeline, so it is judged exactly as the same change saved in the form. A dry run plans every
 * row and reports per row and field, never committing; applying is all or nothing, in one
 * transaction.
 */
import type { ImportProblem, ImportReport } from '../engine/api-types.ts';
import { allFields, can, fieldMode } from '../engine/access.ts';
import { SYSTEM_FIELDS, columnOf, isServerManaged, type FieldDefinition, type ResourceDefinition } from '../engine/definition.ts';
import { ApiError, badRequest, type FieldErrors } from '../engine/errors.ts';
import { csvRows, unguardCell } from '../engine/csv.ts';
import { msg } from '../engine/messages/message.ts';
import { decodeRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { readableQuery, requireAction } from './reading.ts';
import { checkWrites, commitWrites, finishBatch, prepareWrite, previewWrites, writeContext } from './write-pipeline.ts';
import { forEachInSlices, forEachSlice } from './slices.ts';
import type { WritePlan } from './write-plan.ts';
import { runWrite } from './write-checks.ts';
import { resolveReferenceNames } from './import-references.ts';

/** At most this many problems are reported: enough to fix a file, small enough to show. */
const MAX_PROBLEMS = 1000;
/** Match values per query: well under SQLite's 32,766 bound parameters. */
const CHUNK = 400;

export async function importCsv(
  ctx: RecordContext,
  def: ResourceDefinition,
  text: string,
  options: { dryRun: boolean; match?: string },
): Promise<ImportReport> {
  requireAction(def, ctx, 'create');
  if (options.match) checkMatchField(def, ctx, options.match);
  // Read, then planned, in slices, so a large file never holds other users' requests for long;
  // a file that is no CSV stops at its first bad row with a 400 saying why.
  const table: string[][] = [];
  await forEachInSlices(csvRows(text), (cells) => {
    if (cells.some((cell) => cell.trim() !== '')) table.push(cells);
  });
  if (table.length === 0) throw badRequest(msg('attachments.empty'));
  const [header, ...rows] = table;
  const columns = mapHeader(def, header);
  const problems: ImportProblem[] = [];
  const statuses = new Set<number>();
  const report = (status: number, problem: ImportProblem) => {
    statuses.add(status);
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const reportRefusal = (row: number, refusal: ApiError) => {
    const fields = Object.entries(refusal.errors ?? {});
    if (!fields.length) report(refusal.status, { row, message: refusal.reason });
    for (const [field, message] of fields) report(refusal.status, { row, field, message });
  };

  const bodies: Row[] = [];
  await forEachInSlices(rows, (cells, index) => {
    if (cells.length > columns.length) report(400, { row: index + 1, message: msg('import.tooManyCells', { cells: cells.length, columns: columns.length }) });
    const body: Row = {};
    columns.forEach((name, i) => {
      // Text as the API takes it: NFC, so é typed either way is one value (cell by cell, as it is read).
      const cell = unguardCell(cells[i] ?? '').normalize('NFC');
      if (cell !== '' && name !== IGNORED) body[name] = cellValue(allFields(def)[name], cell);
    });
    bodies.push(body);
  });
  await resolveReferenceNames(ctx, def, bodies, (problem) => report(400, problem));

  const existingByKey = options.match ? await loadMatches(ctx, def, options.match, bodies) : new Map<unknown, Match>();
  if (options.match && existingByKey.size > 0 && !can(def, ctx.user.role, 'edit')) {
    throw new ApiError(403, msg('import.cannotMatch'));
  }

  // Each row is one create or update through the write pipeline, prepared before the transaction.
  const planned: { row: number; plan: WritePlan }[] = [];
  await forEachInSlices(bodies, async (body, index) => {
    const row = index + 1;
    const match = options.match ? existingByKey.get(body[options.match]) : undefined;
    if (match?.trashed) {
      report(400, { row, field: options.match, message: msg('import.inTrash') });
      return;
    }
    const existing = match?.record;
    planned.push({ row, plan: await prepareWrite(ctx, existing ? { kind: 'update', def, existing, body } : { kind: 'create', def, body }) });
  });
  await checkUniqueInFile(def, planned, (problem) => report(409, problem));

  const created = planned.filter(({ plan }) => plan.kind === 'create').length;
  const result: ImportReport = { dryRun: options.dryRun, total: rows.length, created, updated: planned.length - created, errors: problems };
  // Every row is checked against the database as the rows before it will leave it (the batch's
  // ledger: stock they take, cases they open), then all are written: a dry run is the real answer.
  const judge = () => {
    for (const { row, plan } of planned) if (plan.refusal) reportRefusal(row, plan.refusal);
    if (!problems.length) return;
    const message = msg('import.problems', { count: problems.length });
    // A file refused for one reason answers as a single write of its rows would (409 for closed parents).
    const status = statuses.size === 1 ? [...statuses][0] : 400;
    throw new ApiError(status, message, undefined, undefined, { ...result, created: 0, updated: 0 });
  };
  const plans = planned.map(({ plan }) => plan);
  if (options.dryRun) {
    await previewWrites(ctx, plans);
    judge();
    return result;
  }
  const rowOf = new Map(planned.map(({ row, plan }) => [plan, row]));
  await runWrite(ctx, async (trx) => {
    const writing = writeContext(ctx, trx, { batch: true });
    await checkWrites(writing, plans);
    judge();
    await commitWrites(writing, plans, (plan, error) => {
      if (!(error instanceof ApiError) || error.status !== 409 || !error.errors?.version) throw error;
      throw new ApiError(409, msg('import.changedMeanwhile', { row: rowOf.get(plan)! }));
    });
    await finishBatch(writing);
  });
  return result;
}

function checkMatchField(def: ResourceDefinition, ctx: RecordContext, match: string): void {
  const field = Object.hasOwn(def.fields, match) ? def.fields[match] : undefined;
  if (!field?.unique || fieldMode(def, ctx.user.role, match) === 'hidden') {
    throw badRequest(msg('import.notUniqueField', { field: match, resource: def.label }), { match: msg('import.notUniqueFieldShort') });
  }
}

/** A column the server fills (id, timestamps, version, computed values): read back from an export and ignored. */
const IGNORED = '';

/**
 * Header cells name fields by name or by their English or Chinese label, in any case. Columns of
 * system and server-set fields are ignored, so an exported file imports back unchanged.
 */
function mapHeader(def: ResourceDefinition, header: string[]): string[] {
  const byName = new Map<string, string>();
  for (const [name, field] of Object.entries(allFields(def))) {
    const ignored = Object.hasOwn(SYSTEM_FIELDS, name) || isServerManaged(field);
    for (const key of [name, field.label.en, field.label.zh]) byName.set(key.trim().toLowerCase(), ignored ? IGNORED : name);
  }
  const errors: FieldErrors = {};
  const columns = header.map((cell) => {
    const name = byName.get(cell.normalize('NFC').trim().toLowerCase());
    if (name === undefined) errors[cell] = msg('import.unknownColumn');
    return name ?? IGNORED;
  });
  const seen = new Set<string>();
  for (const name of columns) {
    if (name !== IGNORED && seen.has(name)) errors[name] = msg('import.repeatedColumn');
    seen.add(name);
  }
  if (Object.keys(errors).length) throw badRequest(msg('import.badHeader'), errors);
  return columns;
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE = new Set(['false', '0', 'no', 'n', '否']);

/** A cell's text as the API would receive it; what does not convert is left for validation to name. */
function cellValue(field: FieldDefinition, cell: string): unknown {
  const text = cell.trim();
  const choiceId = (value: string) =>
    field.choices?.find((c) => [c.id, c.label.en, c.label.zh].some((key) => key.toLowerCase() === value.toLowerCase()))?.id ?? value;
  switch (field.type) {
    case 'integer':
    case 'money':
    case 'basis_points':
    case 'reference':
      return /^-?\d+$/.test(text) ? Number(text) : cell;
    case 'boolean':
      return TRUE.has(text.toLowerCase()) ? true : FALSE.has(text.toLowerCase()) ? false : cell;
    case 'enum':
      return choiceId(text);
    case 'enum_list':
      return text.split(';').map((part) => choiceId(part.trim())).filter(Boolean);
    default:
      return cell;
  }
}

interface Match {
  record: Row;
  trashed: boolean;
}

/**
 * Existing records by their match value, in one query per chunk (the event loop let go between
 * chunks); only those the role may read, live or in the trash, as a single update would find them
 * (others stay "already taken").
 */
async function loadMatches(ctx: RecordContext, def: ResourceDefinition, match: string, bodies: Row[]): Promise<Map<unknown, Match>> {
  const column = columnOf(match, def.fields[match]);
  const keys = [...new Set(bodies.map((body) => body[match]).filter((value) => value !== undefined))];
  const found = new Map<unknown, Match>();
  await forEachSlice(keys, async (chunk) => {
    for (const trashed of [false, true]) {
      const rows: Row[] = await readableQuery(ctx.db, def, ctx, trashed).whereIn(`${def.table}.${column}`, chunk as string[]).select(`${def.table}.*`);
      for (const row of rows) found.set(row[column], { record: decodeRow(def, row), trashed });
    }
  }, CHUNK);
  return found;
}

/**
 * Two rows of one file claiming one unique value, or one `uniqueTogether` combination (409 on the
 * later row, on the group's first field): the file's own clash, which checking each row against
 * the database before any is written cannot see. A dry run reports it as the real run would.
 */
async function checkUniqueInFile(def: ResourceDefinition, planned: { row: number; plan: WritePlan }[], report: (p: ImportProblem) => void) {
  const uniqueFields = Object.keys(def.fields).filter((name) => def.fields[name].unique).map((name) => [name]);
  for (const group of [...uniqueFields, ...(def.uniqueTogether ?? [])]) {
    const firstRow = new Map<string, number>();
    await forEachInSlices(planned, ({ row, plan }) => {
      if (plan.refusal) return;
      const values = group.map((name) => plan.values[name] ?? plan.existing[name]);
      if (values.some((value) => value === undefined || value === null)) return; // as in SQL, null never clashes
      const key = JSON.stringify(values);
      const first = firstRow.get(key);
      if (first !== undefined) report({ row, field: group[0], message: msg('import.alsoInRow', { value: values.map(String).join(' / '), row: first }) });
      else firstRow.set(key, row);
    });
  }
}

