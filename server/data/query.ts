/**
 * Turns a parsed list query and row rules into Knex clauses. Portable SQL only: LOWER(..) LIKE
 * instead of ILIKE, JSON arrays matched as text, so SQLite and PostgreSQL give the same rows.
 */
import type { Knex } from 'knex';
import { allFields } from '../engine/access.ts';
import { allowedValues, ruleAlternatives, type ConditionUser } from '../engine/conditions.ts';
import { columnOf, type ResourceDefinition, type RowConditionValue, type RowRule } from '../engine/definition.ts';
import type { FilterClause } from '../engine/list-query.ts';
import type { SessionUser } from '../engine/schema.ts';
import type { Registry } from '../engine/registry.ts';
import { encodeValue } from './codec.ts';

const COMPARISON = { gte: '>=', lte: '<=', gt: '>', lt: '<' } as const;

export function column(def: ResourceDefinition, name: string): string {
  return `${def.table}.${columnOf(name, allFields(def)[name])}`;
}

/** `%text%` with LIKE's wildcards escaped, lower-cased for a case-insensitive match. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function whereContains(query: Knex.QueryBuilder, col: string, text: string, negate = false): void {
  query.whereRaw(`${negate ? 'NOT ' : ''}LOWER(??) LIKE ? ESCAPE '\\'`, [col, containsPattern(text)]);
}

export function applyFilters(query: Knex.QueryBuilder, def: ResourceDefinition, filters: FilterClause[]): void {
  const fields = allFields(def);
  for (const { field, op, value } of filters) {
    const col = column(def, field);
    const definition = fields[field];
    if (definition.type === 'enum_list' && op !== 'like') {
      // Stored as a JSON array: a value is present when its quoted form occurs in the text.
      if (op === 'neq') {
        query.whereNot(col, 'like', `%${JSON.stringify(value)}%`);
        continue;
      }
      const values = (op === 'in' ? value : [value]) as string[];
      query.where((inner) => {
        for (const v of values) inner.orWhere(col, 'like', `%${JSON.stringify(v)}%`);
        if (!values.length) inner.whereRaw('1 = 0');
      });
      continue;
    }
    switch (op) {
      case 'eq':
        if (value === null) query.whereNull(col);
        else query.where(col, encodeValue(definition, value) as Knex.Value);
        break;
      case 'neq':
        if (value === null) query.whereNotNull(col);
        else query.where((inner) => inner.whereNot(col, encodeValue(definition, value) as Knex.Value).orWhereNull(col));
        break;
      case 'in':
        query.whereIn(col, value as Knex.Value[]);
        break;
      case 'like':
        whereContains(query, col, value as string);
        break;
      default:
        query.where(col, COMPARISON[op], value as Knex.Value);
    }
  }
}

/** Restricts `query` (over `def`'s table) to the rows the rule allows for `user`. */
export function applyRowRule(
  query: Knex.QueryBuilder,
  db: Knex,
  registry: Registry,
  def: ResourceDefinition,
  rule: RowRule,
  user: SessionUser,
): void {
  if (!rule.through) {
    applyConditions(query, def, rule, user);
    return;
  }
  const parent = registry.get(def.fields[rule.through].reference!);
  const parentIds = db(parent.table).select(column(parent, 'id'));
  applyConditions(parentIds, parent, rule, user);
  query.whereIn(column(def, rule.through), parentIds);
}

function applyConditions(query: Knex.QueryBuilder, def: ResourceDefinition, rule: RowRule, user: SessionUser): void {
  if (!rule.or?.length) {
    whereConditions(query, def, rule.where, user);
    return;
  }
  // One alternative or another: each in its own parentheses, joined by OR.
  query.where((either) => {
    for (const where of ruleAlternatives(rule)) either.orWhere((one) => whereConditions(one, def, where, user));
  });
}

/** Restricts `query` to rows matching every condition (see server/engine/conditions.ts). */
export function whereConditions(
  query: Knex.QueryBuilder,
  def: ResourceDefinition,
  where: Readonly<Record<string, RowConditionValue>>,
  user: ConditionUser,
  tableAlias = def.table,
): void {
  for (const [name, expected] of Object.entries(where)) {
    const allowed = allowedValues(expected, user);
    const values = allowed.filter((value) => value !== null);
    const col = `${tableAlias}.${columnOf(name, allFields(def)[name])}`;
    if (!allowed.includes(null)) query.whereIn(col, values);
    else query.where((either) => either.whereNull(col).orWhereIn(col, values));
  }
}
