/**
 * The word `onEnter` (what entering a workflow state does to other records): which effects a
 * write sets off, the amounts it moves per target record, and the sentence when a target has
 * too little. Pure: server/data/workflow-effects.ts applies them in the write's transaction.
 */
import type { AddChildren, ResourceDefinition, StateEffect } from './definition.ts';
import { msg, type Message } from './messages/message.ts';

type Row = Record<string, unknown>;

/** The `onEnter` effects a change from `before` to `after` sets off (within their `from`), with the workflow field. */
export function statesEntered(def: ResourceDefinition, before: Row, after: Row): { field: string; effect: StateEffect }[] {
  const out: { field: string; effect: StateEffect }[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    const effect = field.onEnter?.[String(after[name])];
    if (!effect || before[name] === after[name]) continue;
    if (effect.from && !effect.from.includes(String(before[name]))) continue;
    out.push({ field: name, effect });
  }
  return out;
}

/** The `addChildren` effects a change from `before` to `after` sets off, with the workflow field. */
export function effectsEntered(def: ResourceDefinition, before: Row, after: Row): { field: string; addChildren: AddChildren }[] {
  // retail-members: createRecord and addTo run in record-effects.ts
  return statesEntered(def, before, after).flatMap(({ field, effect }) => (effect.addChildren ? [{ field, addChildren: effect.addChildren }] : []));
}

/** "An order needs at least one order item to be Paid". */
export function needsChildrenMessage(def: ResourceDefinition, child: ResourceDefinition, field: string, state: string): Message {
  const label = def.fields[field].choices?.find((choice) => choice.id === state)?.label ?? state;
  return msg('needsChildren.atLeastOne', { parent: def.labelSingular, child: child.labelSingular, state: label });
}

/** Each target's signed change: the sum of its children's amounts, negative when subtracting. */
export function amountsByTarget(effect: AddChildren, children: readonly Row[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const child of children) {
    const id = child[effect.target] as number;
    totals.set(id, (totals.get(id) ?? 0) + Number(child[effect.amount]));
  }
  if (effect.subtract) for (const [id, total] of totals) totals.set(id, -total);
  return totals;
}

/** "Not enough stock for 华为 Mate 60: 2 left, 3 needed". */
export function shortageMessage(target: ResourceDefinition, field: string, name: string, left: number, needed: number): Message {
  return msg('stock.shortage', { what: target.fields[field].label, resource: target.labelSingular, name, left, needed });
}

/** Registry check (beyond the names registry.ts checks): `from` names states, amounts are numbers. */
export function stateEffectProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const problems: string[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    const states = new Set(field.choices?.map((choice) => choice.id));
    for (const [state, effect] of Object.entries(field.onEnter ?? {})) {
      if (effect.from && (!effect.from.length || effect.from.some((from) => !states.has(from) || from === state))) {
        problems.push(`${def.name}.${name}: onEnter "${state}" comes from unknown states`);
      }
      const needs = effect.needsChildren;
      if (needs && byName.get(needs.resource)?.fields[needs.foreignKey]?.reference !== def.name) {
        problems.push(`${def.name}.${name}: onEnter "${state}" needsChildren names no reference of ${needs.resource} to ${def.name}`);
      }
      if (!effect.addChildren) continue; // retail-members: other effects are checked in record-effects.ts
      const child = byName.get(effect.addChildren.resource);
      const target = byName.get(child?.fields[effect.addChildren.target]?.reference ?? '');
      const numeric = ['integer', 'money', 'basis_points'];
      const fieldType = target?.fields[effect.addChildren.field]?.type;
      if (effect.addChildren.subtract && (!fieldType || !numeric.includes(fieldType) || !numeric.includes(child?.fields[effect.addChildren.amount]?.type ?? ''))) {
        problems.push(`${def.name}.${name}: onEnter "${state}" subtracts from or by something that is not a number`);
      }
    }
  }
  return problems;
}
