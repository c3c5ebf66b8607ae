/**
 * The word `movesParent` on a workflow field: entering some of its states moves the workflow of
 * the record a reference points at (a shipment created for a paid order ships the order; a
 * delivered shipment delivers it). Creating a record in a state counts as entering it. The move
 * is made only where the parent's own transitions allow it, so a parent already there, or past
 * it, is left alone. Pure: server/data/moves-parent.ts reads and writes the parent.
 */
import type { ResourceDefinition } from './definition.ts';

type Row = Record<string, unknown>;

export interface ParentMove {
  /** The reference field of the record, its parent resource and the parent's workflow field. */
  reference: string;
  parent: string;
  field: string;
  to: string;
}

/** The moves a write from `before` ({} on create) to `after` asks of the parents. */
export function parentMovesFor(def: ResourceDefinition, before: Row, after: Row): ParentMove[] {
  const moves: ParentMove[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    const rule = field.movesParent;
    const state = String(after[name]);
    if (!rule || before[name] === after[name] || !(state in rule.on) || after[rule.reference] == null) continue;
    moves.push({ reference: rule.reference, parent: def.fields[rule.reference].reference!, field: rule.field, to: rule.on[state] });
  }
  return moves;
}

/** Whether the parent's transitions take it from `from` to `to` (and it is not there already). */
export function parentMayMove(parent: ResourceDefinition, field: string, from: unknown, to: string): boolean {
  return from !== to && (parent.fields[field].transitions?.[String(from)]?.includes(to) ?? false);
}

/** Registry check: the word sits on a workflow field, names a reference, and states on both sides. */
export function movesParentProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const problems: string[] = [];
  for (const [name, field] of Object.entries(def.fields)) {
    const rule = field.movesParent;
    if (!rule) continue;
    const parent = byName.get(def.fields[rule.reference]?.type === 'reference' ? (def.fields[rule.reference].reference ?? '') : '');
    const own = new Set(field.choices?.map((choice) => choice.id));
    const theirs = new Set(parent?.fields[rule.field]?.choices?.map((choice) => choice.id));
    const entries = Object.entries(rule.on);
    if (!field.transitions || !parent?.fields[rule.field]?.transitions || !entries.length || entries.some(([from, to]) => !own.has(from) || !theirs.has(to))) {
      problems.push(`${def.name}.${name}: movesParent must name a reference, and states of workflow fields on both sides`);
    }
  }
  return problems;
}
