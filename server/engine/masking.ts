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
export function maskForListing(def: ResourceDefinition, record: Row): Row {
  const masked = Object.entries(def.fields).filter(([name, field]) => field.masked && name in record);
  if (masked.length === 0) return record;
  const out = { ...record };
  for (const [name, field] of masked) out[name] = maskValue(field, record[name]);
  return out;
}
