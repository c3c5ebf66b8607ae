/**
 * The set of resource definitions, checked once when it is built so that a typo in a
 * definition fails at start-up rather than on the first request that touches it.
 */
import type { FieldDefinition, ResourceDefinition } from './definition.ts';
import { WORD_CHECKS } from './word-checks/index.ts';

export interface RollupLink {
  parent: ResourceDefinition;
  field: string;
  rollup: NonNullable<FieldDefinition['rollup']>;
}

export interface Registry {
  readonly all: readonly ResourceDefinition[];
  /** The code definitions that the runtime model (server/engine/runtime-model/) adds to; `all` when it adds nothing. */
  readonly base: readonly ResourceDefinition[];
  find(name: string): ResourceDefinition | undefined;
  get(name: string): ResourceDefinition;
  /** Rollup fields of other resources that sum over `child`'s records. */
  rollupsOver(child: string): RollupLink[];
  /** Reference fields, anywhere, that point at `target`. */
  referencesTo(target: string): { resource: ResourceDefinition; field: string }[];
}

export function createRegistry(definitions: readonly ResourceDefinition[], base: readonly ResourceDefinition[] = definitions): Registry {
  const byName = new Map(definitions.map((def) => [def.name, def]));
  const problems = definitions.flatMap((def) => definitionProblems(def, byName));
  if (problems.length) throw new Error(`Invalid resource definitions:\n- ${problems.join('\n- ')}`);

  return {
    all: definitions,
    base,
    find: (name) => byName.get(name),
    get(name) {
      const def = byName.get(name);
      if (!def) throw new Error(`Unknown resource ${name}`);
      return def;
    },
    rollupsOver: (child) =>
      definitions.flatMap((parent) =>
        Object.entries(parent.fields)
          .filter(([, field]) => field.rollup?.resource === child)
          .map(([field, definition]) => ({ parent, field, rollup: definition.rollup! })),
      ),
    referencesTo: (target) =>
      definitions.flatMap((resource) =>
        Object.entries(resource.fields)
          .filter(([, field]) => field.reference === target)
          .map(([field]) => ({ resource, field })),
      ),
  };
}

/**
 * Everything wrong with the words of one definition: each row of the table of word checks
 * (word-checks/index.ts) looks at the words it owns.
 */
export function definitionProblems(def: ResourceDefinition, byName: ReadonlyMap<string, ResourceDefinition>): string[] {
  return Object.values(WORD_CHECKS).flatMap((check) => check(def, byName));
}
