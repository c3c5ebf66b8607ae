/**
 * Lower bounds read from a referenced record (definition word `floorFrom`): a product's margin
 * against its catalog's floor. Pure: the data layer reads the bounds and passes them in.
 */
import type { FieldDefinition, Label, ResourceDefinition, Role } from './definition.ts';
import type { FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';
import { noteText } from './request-only.ts';

type Row = Record<string, unknown>;

/** Per floored field: the bound read from the referenced record (null: none), and what that record is called. */
export type Bounds = Record<string, { bound: number | null; of: Label }>;

export interface FloorVerdict {
  /** Every floored field below its bound, with the message, overridden or not. */
  breaches: FieldErrors;
  /** The breaches this write may not make, on the field to blame. */
  refusals: FieldErrors;
}

export function flooredFields(def: ResourceDefinition): [string, FieldDefinition & { floorFrom: NonNullable<FieldDefinition['floorFrom']> }][] {
  return Object.entries(def.fields).filter(
    (entry): entry is [string, FieldDefinition & { floorFrom: NonNullable<FieldDefinition['floorFrom']> }] => Boolean(entry[1].floorFrom),
  );
}

/** The fields a change of which moves the floored value or its bound: its sources, then the reference. */
function movers(name: string, field: FieldDefinition): string[] {
  return [...(field.computed?.from ?? [name]), field.floorFrom!.reference];
}

/**
 * Floored fields this write must be judged on. A create always; an update only when it changes
 * what the value or its bound follow from: editing a product's name must not be refused because
 * its margin already sat below a floor that was raised after its last price change.
 */
export function floorsToJudge(def: ResourceDefinition, mode: 'create' | 'update', values: Row): string[] {
  return flooredFields(def)
    .filter(([name, field]) => mode === 'create' || movers(name, field).some((mover) => mover in values))
    .map(([name]) => name);
}

/**
 * Judges the record as this write leaves it (`merged`, computed fields included). The error goes
 * on the first source the write changed (price before cost, as they are listed), the field the
 * user touched: procurement, which may change only cost, is told about cost.
 */
export function judgeFloors(
  def: ResourceDefinition,
  role: Role,
  write: { mode: 'create' | 'update'; values: Row; merged: Row; bounds: Bounds; notes: Row },
): FloorVerdict {
  const verdict: FloorVerdict = { breaches: {}, refusals: {} };
  for (const name of floorsToJudge(def, write.mode, write.values)) {
    const field = def.fields[name];
    const { bound, of } = write.bounds[name] ?? { bound: null, of: '' };
    const value = write.merged[name];
    if (bound === null || typeof value !== 'number' || value >= bound) continue;
    const breach = msg('floors.below', { field: field.label, value: formatAmount(field, value), of, bound: formatAmount(field, bound) });
    verdict.breaches[name] = breach;
    const override = field.floorFrom!.override;
    const mayOverride = Boolean(override?.roles.includes(role));
    if (mayOverride && noteText(write.notes, override!.field) !== undefined) continue;
    const blamed = movers(name, field).find((mover) => mover in write.values) ?? movers(name, field)[0];
    verdict.refusals[blamed] = !override
      ? breach
      : mayOverride
        ? msg('floors.belowGiveReason', { breach, reason: def.fields[override.field].label })
        : msg('floors.belowOnlyRoles', { breach, roles: [...override.roles] });
  }
  return verdict;
}

/** 812 bp as "8.12%", 19900 fen as "¥199.00": exact, from the integers. */
export function formatAmount(field: FieldDefinition, value: number): string {
  if (field.type !== 'basis_points' && field.type !== 'money') return String(value);
  const sign = value < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(value) / 100);
  const cents = String(Math.abs(value) % 100).padStart(2, '0');
  return field.type === 'money' ? `${sign}¥${whole}.${cents}` : `${sign}${whole}.${cents}%`;
}
