/**
 * CSV import for any resource the role may create in. Every row goes through the same
 * validation and field permissions as the API; a dry run reports per row and field and writes
 * nothing; applying is all or nothing, in one transaction. With `match` (a unique field such as
 * sku), rows whose value already exists update that record instead of creating a duplicate.
 */
import type { Knex } from 'knex';
import type { ImportProblem, ImportReport } from '../engine/api-types.ts';
import { allFields, can, fieldMode } from '../engine/access.ts';
import { columnOf, setOnCreateValue, type FieldDefinition, type ResourceDefinition } from '../engine/definition.ts';
import { ApiError, badRequest, conflict } from '../engine/errors.ts';
import { parseCsv, unguardCell } from '../engine/csv.ts';
import { checkInitialStates, checkSteps } from '../engine/transitions.ts';
import { matchesConditions } from '../engine/conditions.ts';
import { stampsFor } from '../engine/stamps.ts';
import { applyTimeStates } from '../engine/follows-dates.ts';
import { validateWrite } from '../engine/validate.ts';
import { notesAsChanges, takeRequestOnly } from '../engine/request-only.ts';
import { flooredFields } from '../engine/margin-floors.ts';
import { recordChangeLog } from './change-log.ts';
import { floorJudge } from './margin-floors.ts';
import { diffRecords, recordAudits } from './audit.ts';
import { decodeRow, newRow } from './codec.ts';
import type { RecordContext, Row } from './context.ts';
import { checkExclusiveAfterWrite } from './exclusive.ts';
import { closedParentJudge } from './frozen-children.ts';
import { refreshDerived } from './derived.ts';
import { loadFull, readableQuery, requireAction } from './reading.ts';
import { applyUpdate } from './records.ts';
import { checkWritable, copyReferencedValues, unsuitableReference, hashSecrets, refreshRollups, runWrite } from './write-checks.ts';

/** At most this many problems are reported: enough to fix a file, small enough to show. */
const MAX_PROBLEMS = 1000;
/** Rows per INSERT: well under SQLite's 32,766 bound parameters for any of our tables. */
const CHUNK = 400;

interface PlannedRow {
  row: number;
  values: Row;
  existing?: Row;
  /** Request-only values of the row (a margin override reason). */
  notes: Row;
}

export async function importCsv(
  ctx: RecordContext,
  def: ResourceDefinition,
  text: string,
  options: { dryRun: boolean; match?: string },
): Promise<ImportReport> {
  requireAction(def, ctx, 'create');
  if (options.match) checkMatchField(def, ctx, options.match);
  let table: string[][];
  try {
    table = parseCsv(text).filter((cells) => cells.some((cell) => cell.trim() !== ''));
  } catch (error) {
    throw badRequest(`The file is not valid CSV: ${(error as Error).message}`);
  }
  if (table.length === 0) throw badRequest('The file is empty');
  const [header, ...rows] = table;
  const columns = mapHeader(def, header);
  const problems: ImportProblem[] = [];
  const report = (problem: ImportProblem) => problems.length < MAX_PROBLEMS && problems.push(problem);

  const bodies = rows.map((cells, index) => {
    if (cells.length > columns.length) report({ row: index + 1, message: `${cells.length} cells for ${columns.length} columns` });
    const body: Row = {};
    columns.forEach((name, i) => {
      const cell = unguardCell(cells[i] ?? '');
      if (cell !== '') body[name] = cellValue(allFields(def)[name], cell);
    });
    return body;
  });

  const existingByKey = options.match ? await loadMatches(ctx, def, options.match, bodies) : new Map<unknown, Match>();
  if (options.match && existingByKey.size > 0 && !can(def, ctx.user.role, 'edit')) {
    throw new ApiError(403, 'You may create but not update records, so rows cannot be matched');
  }

  const planned: PlannedRow[] = [];
  bodies.forEach((body, index) => {
    const row = index + 1;
    const match = options.match ? existingByKey.get(body[options.match]) : undefined;
    const existing = match?.record;
    try {
      if (match?.trashed) throw badRequest('The matching record is in the trash', { [options.match!]: 'In the trash' });
      const values = existing
        ? validateWrite(def, ctx.user.role, { mode: 'update', body, existing, timeZone: ctx.timeZone, find: ctx.registry.find })
        : validateWrite(def, ctx.user.role, { mode: 'create', body, timeZone: ctx.timeZone, find: ctx.registry.find });
      if (existing) checkSteps(def, ctx.user.role, existing, values);
      else checkInitialStates(def, values);
      if (!existing) for (const [name, field] of Object.entries(def.fields)) if (field.setOnCreate) values[name] = setOnCreateValue(field, ctx.user);
      planned.push({ row, values, existing, notes: takeRequestOnly(def, values) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = Object.entries(error.errors ?? {});
      if (!fields.length) report({ row, message: error.message });
      for (const [field, message] of fields) report({ row, field, message });
    }
  });
  await checkReferencesInBulk(ctx, def, planned, report);
  const frozen = closedParentJudge(ctx.db, ctx, def);
  let frozenRows = 0;
  for (const plan of planned) {
    // As a single write: neither the record as it is nor as it will be may belong to a closed parent.
    for (const record of plan.existing ? [plan.existing, { ...plan.existing, ...plan.values }] : [plan.values]) {
      const refusal = await frozen(record);
      if (refusal) {
        report({ row: plan.row, field: refusal.field, message: refusal.message });
        frozenRows++;
        break;
      }
    }
  }
  if (flooredFields(def).length) {
    // Reported per row like any other problem; applying checks again inside the transaction.
    const judge = floorJudge(ctx.db, ctx.registry, def, ctx);
    for (const plan of planned) {
      const { refusals } = await judge.judge(plan.existing ? 'update' : 'create', plan.existing ?? {}, plan.values, plan.notes);
      for (const [field, message] of Object.entries(refusals)) report({ row: plan.row, field, message });
    }
  }
  checkUniqueInFile(def, planned, report);
  await checkUniqueInDatabase(ctx.db, def, planned, report);

  const created = planned.filter((p) => !p.existing).length;
  const result: ImportReport = { dryRun: options.dryRun, total: rows.length, created, updated: planned.length - created, errors: problems };
  if (problems.length) {
    const message = `${problems.length} problem(s) in the file; nothing was imported`;
    // Rows refused only because their parent is closed are a conflict with its state, as single writes answer.
    throw new ApiError(frozenRows >= problems.length ? 409 : 400, message, undefined, undefined, { ...result, created: 0, updated: 0 });
  }
  if (options.dryRun) return result;

  await runWrite(ctx, async (trx) => {
    for (const plan of planned) {
      // As a single update: the record as it is and as it will be must both be the role's to change.
      if (plan.existing) await checkWritable(trx, ctx, def, plan.existing, 'change');
      await checkWritable(trx, ctx, def, plan.existing ? { ...plan.existing, ...plan.values } : plan.values);
    }
    await insertAll(trx, ctx, def, planned.filter((p) => !p.existing));
    for (const plan of planned.filter((p) => p.existing && Object.keys(p.values).length)) {
      const secrets = await hashSecrets(def, plan.values);
      if (!(await applyUpdate(trx, ctx, def, plan.existing!, plan.values, secrets, plan.notes))) {
        throw conflict(`Row ${plan.row}: the record was changed while importing; run the import again`);
      }
    }
    await refreshRollups(trx, ctx, def, planned.filter((p) => !p.existing).map((p) => p.values));
    await refreshDerived(trx, ctx, def, planned.filter((p) => !p.existing).map((p) => p.values));
  });
  return result;
}

function checkMatchField(def: ResourceDefinition, ctx: RecordContext, match: string): void {
  const field = Object.hasOwn(def.fields, match) ? def.fields[match] : undefined;
  if (!field?.unique || fieldMode(def, ctx.user.role, match) === 'hidden') {
    throw badRequest(`"${match}" is not a unique field of ${def.label.en.toLowerCase()}`, { match: 'Not a unique field' });
  }
}

/** Header cells name fields by name or by their English or Chinese label, in any case. */
function mapHeader(def: ResourceDefinition, header: string[]): string[] {
  const byName = new Map<string, string>();
  for (const [name, field] of Object.entries(def.fields)) {
    for (const key of [name, field.label.en, field.label.zh]) byName.set(key.trim().toLowerCase(), name);
  }
  const errors: Record<string, string> = {};
  const columns = header.map((cell) => {
    const name = byName.get(cell.trim().toLowerCase());
    if (!name) errors[cell] = 'Not a field of this resource';
    return name ?? '';
  });
  const seen = new Set<string>();
  for (const name of columns) {
    if (name && seen.has(name)) errors[name] = 'Appears twice in the header';
    seen.add(name);
  }
  if (Object.keys(errors).length) throw badRequest('The header names unknown or repeated columns', errors);
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
 * Existing records by their match value, in one query per chunk; only those the role may read,
 * live or in the trash, as a single update would find them (others stay "already taken").
 */
async function loadMatches(ctx: RecordContext, def: ResourceDefinition, match: string, bodies: Row[]): Promise<Map<unknown, Match>> {
  const column = columnOf(match, def.fields[match]);
  const keys = [...new Set(bodies.map((body) => body[match]).filter((value) => value !== undefined))];
  const found = new Map<unknown, Match>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    for (const trashed of [false, true]) {
      const rows: Row[] = await readableQuery(ctx.db, def, ctx, trashed).whereIn(`${def.table}.${column}`, keys.slice(i, i + CHUNK) as string[]).select(`${def.table}.*`);
      for (const row of rows) found.set(row[column], { record: decodeRow(def, row), trashed });
    }
  }
  return found;
}

async function checkReferencesInBulk(ctx: RecordContext, def: ResourceDefinition, planned: PlannedRow[], report: (p: ImportProblem) => void) {
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type !== 'reference') continue;
    const target = ctx.registry.get(field.reference!);
    const ids = [...new Set(planned.map((p) => p.values[name]).filter((id): id is number => typeof id === 'number'))];
    const live = new Set<number>();
    const unsuitable = new Set<number>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows: Row[] = await ctx.db(target.table).whereIn('id', ids.slice(i, i + CHUNK)).whereNull('deleted_at');
      for (const row of rows) {
        live.add(Number(row.id));
        if (field.referenceWhere && !matchesConditions(field.referenceWhere, decodeRow(target, row), ctx.user)) unsuitable.add(Number(row.id));
      }
    }
    for (const plan of planned) {
      const id = plan.values[name];
      if (typeof id !== 'number') continue;
      if (!live.has(id)) report({ row: plan.row, field: name, message: `No ${target.labelSingular.en.toLowerCase()} with id ${id}` });
      else if (unsuitable.has(id)) report({ row: plan.row, field: name, message: unsuitableReference(target, field.referenceWhere!) });
    }
  }
}

function checkUniqueInFile(def: ResourceDefinition, planned: PlannedRow[], report: (p: ImportProblem) => void) {
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.unique) continue;
    const firstRow = new Map<unknown, number>();
    for (const plan of planned) {
      const value = plan.values[name] ?? plan.existing?.[name];
      if (value === undefined || value === null) continue;
      const first = firstRow.get(value);
      if (first !== undefined) report({ row: plan.row, field: name, message: `"${value}" is also in row ${first}` });
      else firstRow.set(value, plan.row);
    }
  }
}

async function checkUniqueInDatabase(db: Knex, def: ResourceDefinition, planned: PlannedRow[], report: (p: ImportProblem) => void) {
  for (const [name, field] of Object.entries(def.fields)) {
    if (!field.unique) continue;
    const column = columnOf(name, field);
    const claims = planned.filter((p) => p.values[name] !== undefined && p.values[name] !== null);
    const holders = new Map<unknown, number>();
    for (let i = 0; i < claims.length; i += CHUNK) {
      const rows = await db(def.table).whereIn(column, claims.slice(i, i + CHUNK).map((p) => p.values[name]) as string[]).select('id', column);
      for (const row of rows) holders.set(row[column], Number(row.id));
    }
    for (const plan of claims) {
      const holder = holders.get(plan.values[name]);
      if (holder !== undefined && holder !== plan.existing?.id) {
        report({ row: plan.row, field: name, message: `${field.label.en} "${plan.values[name]}" is already taken` });
      }
    }
  }
}

async function insertAll(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, plans: PlannedRow[]) {
  const now = new Date();
  for (let i = 0; i < plans.length; i += CHUNK) {
    const rows: Row[] = [];
    for (const plan of plans.slice(i, i + CHUNK)) {
      await copyReferencedValues(trx, ctx, def, plan.values);
      Object.assign(plan.values, stampsFor(def, {}, plan.values, now.toISOString()));
      applyTimeStates(def, plan.values, now);
      rows.push({ ...newRow(def, plan.values, now), ...(await hashSecrets(def, plan.values)).columns });
    }
    const inserted: { id: number }[] = await trx(def.table).insert(rows).returning('id');
    // A new link may clash with another (a product in two overlapping promotions); new parents have no links yet.
    if (def.exclusive) for (const { id } of inserted) await checkExclusiveAfterWrite(trx, ctx, def, await loadFull(trx, def, Number(id)));
    const chunk = plans.slice(i, i + CHUNK);
    const created = inserted.map(({ id }, j) => decodeRow(def, { ...rows[j], id: Number(id) }));
    await recordChangeLog(trx, ctx, def, created.map((after, j) => ({ before: {}, after, notes: chunk[j].notes })));
    await recordAudits(
      trx,
      inserted.map(({ id }, j) => ({
        action: 'create' as const,
        user: ctx.user,
        resource: def.name,
        recordId: Number(id),
        recordVersion: 1,
        changes: { ...diffRecords(def, {}, decodeRow(def, rows[j])), ...notesAsChanges(def, chunk[j].notes) },
        clientAddress: ctx.clientAddress,
      })),
    );
  }
}
