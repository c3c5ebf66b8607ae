/**
 * Personal data shown in part where many records are listed at once (the `masked` word): a
 * list, an export or a page of references shows enough to recognise a customer, not to
 * collect their numbers. The record's own page shows the value whole to those who may see it.
 */
import type { FieldDefinition, ResourceDefinition } from './definition.ts';

type Row = Record<string, unknown>;

/** 13812345678 -> 138****5678: the first 3 and the last 4 digits stay, other digits become *. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  const keepHead = digits > 7 ? 3 : 0;
  const keepTail = Math.min(4, Math.floor(digits / 2));
  let seen = 0;
  return phone.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepHead || seen > digits - keepTail ? digit : '*';
  });
}

function maskValue(field: FieldDefinition, value: unknown): unknown {
  return field.masked === 'phone' && typeof value === 'string' ? maskPhone(value) : value;
}

/** The record as a list shows it: masked fields in part, the rest as they are. */
/** The fields a listing masks, per definition: looked up for every row of a page. */
const listingMasksByDefinition = new WeakMap<ResourceDefinition, readonly [string, FieldDefinition][]>();

function listingMasks(def: ResourceDefinition): readonly [string, FieldDefinition][] {
  let masks = listingMasksByDefinition.get(def);
  if (!masks) listingMasksByDefinition.set(def, (masks = Object.entries(def.fields).filter(([, field]) => field.masked)));
  return masks;
}

export function maskForListing(def: ResourceDefinition, record: Row): Row {
  const masked = listingMasks(def).filter(([name]) => name in record);
  if (masked.length === 0) return record;
  const out = { ...record };
  for (const [name, field] of masked) out[name] = maskValue(field, record[name]);
  return out;
}

/**
 * Role-dependent masks (a role's `masked` list): those roles see the field in part everywhere,
 * on the record's page too, in history and on dashboards, as the field's `maskAs` says; they
 * may not filter, sort or search by it (access.ts treats it as not queryable) nor write it.
 */
export function maskedFor(def: ResourceDefinition, role: string): readonly string[] {
  return def.access[role as keyof ResourceDefinition['access']]?.masked ?? [];
}

export function isMaskedFor(def: ResourceDefinition, role: string, name: string): boolean {
  return maskedFor(def, role).includes(name);
}

/** The record as this role may see it: its masked fields in part. */
export function maskForRole(def: ResourceDefinition, role: string, record: Row): Row {
  const names = maskedFor(def, role).filter((name) => name in record);
  if (names.length === 0) return record;
  const out = { ...record };
  for (const name of names) {
    const field = def.fields[name];
    if (typeof out[name] === 'string' && (field.maskAs ?? field.masked) === 'phone') out[name] = maskPhone(out[name] as string);
  }
  return out;
}

export function roleMaskProblems(def: ResourceDefinition): string[] {
  const problems: string[] = [];
  for (const [role, access] of Object.entries(def.access)) {
    for (const name of access?.masked ?? []) {
      const field = def.fields[name];
      if (!field || field.type !== 'string' || !(field.maskAs ?? field.masked)) problems.push(`${def.name}: ${role} masks "${name}", which is no string with maskAs`);
    }
  }
  for (const [name, field] of Object.entries(def.fields)) if (field.maskAs && field.type !== 'string') problems.push(`${def.name}.${name}: only strings can be masked`);
  return problems;
}

/** A history entry's changes ({field: {from, to}}) as this role may see them. */
export function maskChangesForRole<T extends Record<string, unknown>>(def: ResourceDefinition, role: string, changes: T): T {
  const names = maskedFor(def, role).filter((name) => name in changes);
  if (names.length === 0) return changes;
  const out: Record<string, unknown> = { ...changes };
  for (const name of names) {
    const change = out[name] as { from?: unknown; to?: unknown } | null;
    if (change && typeof change === 'object') {
      out[name] = { ...change, from: maskForRole(def, role, { [name]: change.from })[name], to: maskForRole(def, role, { [name]: change.to })[name] };
    }
  }
  return out as T;
}
