/**
 * Registry checks of the words added for members, points and after-sales, gathered so the
 * registry calls them once. Each word keeps its check beside its rule, in its own module.
 */
import type { ResourceDefinition } from './definition.ts';
import { agesFromProblems } from './ages-from.ts';
import { keepsAtLeastProblems } from './keeps-at-least.ts';
import { roleMaskProblems } from './masking.ts';
import { maxFromProblems } from './max-from.ts';
import { rankByProblems } from './rank-by.ts';
import { recordEffectProblems } from './record-effects.ts';
import { roleChoicesProblems } from './role-choices.ts';
import { rollupProblems } from './rollups.ts';
import { stepsByProblems } from './steps-by.ts';

export function memberWordProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  const problems = [...roleMaskProblems(def), ...roleChoicesProblems(def)];
  for (const [name, field] of Object.entries(def.fields)) {
    problems.push(
      ...rollupProblems(def, name, field, byName),
      ...rankByProblems(def, name, field, byName),
      ...agesFromProblems(def, name, field),
      ...maxFromProblems(def, name, field, byName),
      ...keepsAtLeastProblems(def, name, field, byName),
      ...stepsByProblems(def, name, field),
      ...recordEffectProblems(def, name, field, byName),
    );
  }
  return problems;
}
