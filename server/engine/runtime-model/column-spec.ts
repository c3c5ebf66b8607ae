/**
 * The column a runtime field is stored in, as data: the running panel's change applies it
 * (server/data/runtime-model/tables.ts) and the exported migration prints it
 * (export-code.ts), so the code a change becomes builds the very column the change built.
 */
import type { FieldDefinition } from '../definition.ts';
import { DEFAULT_STRING_LENGTH } from './field-definition.ts';

export type ColumnMethod = 'string' | 'text' | 'integer' | 'bigInteger' | 'date' | 'timestamp' | 'boolean';

export interface ColumnSpec {
  method: ColumnMethod;
  name: string;
  /** varchar length (string). */
  length?: number;
  /** Set only with a default: existing records take it, so none is left empty. */
  notNullable: boolean;
  default?: string | number | boolean;
  unique: boolean;
  /** A list index (partial on live rows, ending in id) for the filters and sorts the field allows. */
  liveIndex: boolean;
  /** A reference's foreign key (npm run migrate:make; a runtime field's column has none, see tables.ts). */
  references?: ForeignKey;
}

/** The table a reference column points at, and what purging a referenced record does (RESTRICT unless the definition says `onDelete: 'cascade'`). */
export interface ForeignKey {
  table: string;
  onDelete: 'CASCADE' | 'RESTRICT';
}

const METHODS: Record<FieldDefinition['type'], ColumnMethod> = {
  string: 'string',
  enum: 'string',
  text: 'text',
  integer: 'integer',
  basis_points: 'integer',
  reference: 'integer',
  money: 'bigInteger',
  date: 'date',
  datetime: 'timestamp',
  boolean: 'boolean',
  // Code definitions only (npm run migrate:make): not offered at run time.
  richtext: 'text',
  json: 'text',
  enum_list: 'text',
  password: 'string',
};

export function columnSpec(name: string, field: FieldDefinition, queryable: boolean): ColumnSpec {
  const method = METHODS[field.type];
  const hasDefault = field.default !== undefined && field.default !== null;
  return {
    method,
    name,
    ...(method === 'string' ? { length: field.type === 'enum' ? 64 : (field.maxLength ?? DEFAULT_STRING_LENGTH) } : {}),
    notNullable: Boolean(field.required && hasDefault),
    ...(hasDefault ? { default: field.default as string | number | boolean } : {}),
    unique: Boolean(field.unique),
    liveIndex: queryable,
  };
}

/** The Knex table-builder call that makes the column, as a migration writes it. */
export function columnSource(spec: ColumnSpec): string {
  const args = [quote(spec.name), ...(spec.length ? [String(spec.length)] : []), ...(spec.method === 'timestamp' ? ['{ useTz: true }'] : [])];
  const nullability = spec.notNullable ? '.notNullable()' : '.nullable()';
  const fallback = spec.default === undefined ? '' : `.defaultTo(${JSON.stringify(spec.default)})`;
  const key = spec.references ? `.references('id').inTable(${quote(spec.references.table)}).onDelete(${quote(spec.references.onDelete)})` : '';
  return `t.${spec.method}(${args.join(', ')})${nullability}${fallback}${key};`;
}

const quote = (text: string) => `'${text}'`;
