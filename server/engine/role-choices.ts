/**
 * A role's `choices`: per enum field, the only values that role may write (marketing adds
 * manual adjustments and redemptions; order credits and refund take-backs are the server's).
 * A value outside them is a 400 on the field; the schema offers the role only these.
 */
import { roleAccess } from './access.ts';
import type { Choice, ResourceDefinition, Role } from './definition.ts';
import type { FieldErrors } from './errors.ts';
import { msg } from './messages/message.ts';

/** Errors for written enum values outside the role's choices. */
export function roleChoiceErrors(def: ResourceDefinition, role: Role, values: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, allowed] of Object.entries(roleAccess(def, role)?.choices ?? {})) {
    if (values[name] === undefined || values[name] === null || allowed.includes(String(values[name]))) continue;
    errors[name] = msg('choice.onlyThese', { choices: allowed.map((id) => def.fields[name].choices?.find((choice) => choice.id === id)?.label ?? id) });
  }
  return errors;
}

/** The field's choices as the role may write them. */
export function choicesFor(def: ResourceDefinition, role: Role, name: string): readonly Choice[] | undefined {
  const all = def.fields[name]?.choices;
  const allowed = roleAccess(def, role)?.choices?.[name];
  return allowed && all ? all.filter((choice) => allowed.includes(choice.id)) : all;
}

export function roleChoicesProblems(def: ResourceDefinition): string[] {
  const problems: string[] = [];
  for (const [role, access] of Object.entries(def.access)) {
    for (const [name, allowed] of Object.entries(access?.choices ?? {})) {
      const ids = def.fields[name]?.choices?.map((choice) => choice.id) ?? [];
      if (def.fields[name]?.type !== 'enum' || !allowed.length || allowed.some((id) => !ids.includes(id))) {
        problems.push(`${def.name}: ${role}'s choices for "${name}" must name choices of an enum`);
      }
      if (def.fields[name]?.default !== undefined && !allowed.includes(String(def.fields[name].default)) && !(def.fields[name].required)) {
        problems.push(`${def.name}: ${role}'s choices for "${name}" leave out its default`);
      }
    }
  }
  return problems;
}
