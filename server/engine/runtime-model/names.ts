/**
 * The names a runtime field or resource may take. They become column and table names and API
 * keys, so besides snake_case they may not be a system column, an SQL keyword, a filter key
 * (`q`, or a name a list filter would read as a field with an operator: `price_gte`) or an API
 * path the resource routes would never reach (`schema`).
 */
import { SYSTEM_FIELDS, SYSTEM_INTERNAL_COLUMNS } from '../definition.ts';
import { CREATED_BY } from './model-definitions.ts';
import { msg, type Message } from '../messages/message.ts';

const SNAKE_CASE = /^[a-z][a-z0-9_]*$/;
/** PostgreSQL keeps 63 bytes of a name; an index name is the table's and the column's together. */
export const MAX_NAME_LENGTH = 40;

const FILTER_SUFFIXES = ['_gte', '_lte', '_gt', '_lt', '_neq', '_like'];

const SQL_KEYWORDS = `all analyse analyze and any array as asc asymmetric authorization between binary both case cast check
collate column concurrently constraint create cross current_date current_role current_time current_timestamp current_user
default deferrable delete desc distinct do drop else end except false fetch for foreign freeze from full grant group having
ilike in index initially inner insert intersect into is isnull join key lateral leading left like limit localtime localtimestamp
natural not notnull null offset on only or order outer overlaps placing primary references returning right rowid select
session_user similar some symmetric table tablesample then to trailing true union unique update user using values variadic
verbose when where window with`.split(/\s+/);

/** Names the engine or JavaScript objects give a meaning of their own. */
const ENGINE_NAMES = ['q', 'constructor', 'prototype', CREATED_BY, ...Object.keys(SYSTEM_FIELDS), ...SYSTEM_INTERNAL_COLUMNS];

/** API paths served before the resource routes. */
const ROUTE_NAMES = ['schema', 'auth', 'health', 'queues', 'dashboards'];

/** Why `name` cannot name a runtime field or resource, or undefined when it can. */
export function nameProblem(name: string, kind: 'field' | 'resource'): Message | undefined {
  if (!SNAKE_CASE.test(name)) return msg('name.snakeCase');
  if (name.length > MAX_NAME_LENGTH) return msg('value.atMostChars', { max: MAX_NAME_LENGTH });
  if (name.includes('__') || name.endsWith('_')) return msg('name.underscores');
  if (ENGINE_NAMES.includes(name)) return msg('name.system', { name });
  if (SQL_KEYWORDS.includes(name)) return msg('name.reserved', { name });
  if (FILTER_SUFFIXES.some((suffix) => name.endsWith(suffix))) return msg('name.filterSuffix', { suffixes: FILTER_SUFFIXES.join(', ') });
  if (kind === 'resource' && ROUTE_NAMES.includes(name)) return msg('name.apiPath', { name });
  return undefined;
}
