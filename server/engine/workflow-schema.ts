/**
 * What the client needs of the words that guide a form beyond one field, as one role sees them:
 * the states that close a workflow (`closingStates`), what entering a state does to other records
 * (`onEnter`, so a step that changes stock can ask first), and the picker hints `suggestedFrom`
 * and `preferWhere`. Each is left out when the role could not use it.
 */
import { canQueryField, fieldMode } from './access.ts';
import type { FieldDefinition, Label, ResourceDefinition, Role } from './definition.ts';

/** Entering `state` adds each child's `amount` to `field` of the `target` record it references. */
export interface StepEffectSchema {
  /** The child resource and its reference to this record, to count the children. */
  resource: string;
  foreignKey: string;
  /** Labels for the sentence: the child (plural), its amount, the target record, its field. */
  children: Label;
  amount: Label;
  target: Label;
  field: Label;
  /** Takes the amounts away instead (paying an order takes stock). */
  subtract?: true;
  /** Only when the record comes from one of these states. */
  from?: readonly string[];
}

export interface GuidingWordsSchema {
  closingStates?: readonly string[];
  onEnter?: Record<string, StepEffectSchema>;
  suggestedFrom?: { reference: string; field: string };
  preferWhere?: { field: string; through: string; parentField: string };
}

export function guidingWordsSchema(
  def: ResourceDefinition,
  field: FieldDefinition,
  role: Role,
  find: (name: string) => ResourceDefinition | undefined,
): GuidingWordsSchema {
  const out: GuidingWordsSchema = {};
  if (field.closingStates) out.closingStates = field.closingStates;
  for (const [state, { addChildren, from }] of Object.entries(field.onEnter ?? {})) {
    const child = find(addChildren.resource);
    const target = find(child?.fields[addChildren.target]?.reference ?? '');
    if (!child || !target) continue;
    out.onEnter = {
      ...out.onEnter,
      [state]: {
        resource: child.name,
        foreignKey: addChildren.foreignKey,
        children: child.label,
        amount: child.fields[addChildren.amount].label,
        target: target.labelSingular,
        field: target.fields[addChildren.field].label,
        ...(addChildren.subtract && { subtract: true as const }), // retail-orders: onEnter subtract / from
        ...(from && { from }),
      },
    };
  }
  const referenced = (name: string) => find(def.fields[name]?.reference ?? '');
  if (field.suggestedFrom) {
    const target = referenced(field.suggestedFrom.reference);
    if (target && fieldMode(target, role, field.suggestedFrom.field) !== 'hidden') out.suggestedFrom = field.suggestedFrom;
  }
  if (field.preferWhere && field.reference) {
    const target = find(field.reference);
    const parent = referenced(field.preferWhere.through);
    const { field: own, parentField } = field.preferWhere;
    if (target && parent && canQueryField(target, role, own) && fieldMode(parent, role, parentField) !== 'hidden') out.preferWhere = field.preferWhere;
  }
  return out;
}
