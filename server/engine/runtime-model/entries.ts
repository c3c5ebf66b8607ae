/**
 * The runtime model as stored: the records of the resources whose definitions carry the word
 * `modelEntries` (schema_fields, schema_resources), as the API answers them, and the model's
 * version number, which every change bumps.
 */
import type { Choice, Department, Role } from '../definition.ts';
import type { AccessLevel, RuntimeFieldType } from './vocabulary.ts';

export interface FieldEntry {
  id: number;
  resource: string;
  name: string;
  type: RuntimeFieldType;
  label_zh: string;
  label_en: string;
  required: boolean;
  default: unknown;
  unique: boolean;
  min: number | null;
  max: number | null;
  max_length: number | null;
  choices: Choice[] | null;
  reference: string | null;
  hidden_for: Role[];
  writable_for: Role[];
}

export interface ResourceEntry {
  id: number;
  name: string;
  label_zh: string;
  label_en: string;
  department: Department;
  icon: string | null;
  access: Partial<Record<Role, AccessLevel>>;
}

export interface RuntimeModel {
  version: number;
  resources: ResourceEntry[];
  fields: FieldEntry[];
}

export const EMPTY_MODEL: RuntimeModel = { version: 0, resources: [], fields: [] };

/** A field entry as a record leaves it, its optional words empty where the record has none. */
export function fieldEntry(record: Record<string, unknown>): FieldEntry {
  return {
    required: false,
    default: null,
    unique: false,
    min: null,
    max: null,
    max_length: null,
    choices: null,
    reference: null,
    hidden_for: [],
    writable_for: [],
    ...withoutEmpty(record),
  } as unknown as FieldEntry;
}

export function resourceEntry(record: Record<string, unknown>): ResourceEntry {
  return { icon: null, access: {}, ...withoutEmpty(record) } as unknown as ResourceEntry;
}

/** Empty values give way to the entry's own empties (an absent list of roles is no role). */
const withoutEmpty = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));

/** The model with one entry created, changed, deleted or restored. */
export function modelWith(model: RuntimeModel, kind: 'fields' | 'resources', write: 'create' | 'update' | 'delete' | 'restore', entry: FieldEntry | ResourceEntry): RuntimeModel {
  const entries = (model[kind] as (FieldEntry | ResourceEntry)[]).filter((other) => entry.id === undefined || other.id !== entry.id);
  const next = write === 'delete' ? entries : [...entries, entry];
  return { ...model, [kind]: next };
}
