import type { Choice, Label } from './types.ts';

/** Schema choices in react-admin's `{id, name}` shape, named in the current locale. */
export function toChoices(choices: readonly Choice[] | undefined, label: (label: Label) => string) {
  return (choices ?? []).map((choice) => ({ id: choice.id, name: label(choice.label) }));
}
