/**
 * The registry a server process serves from: the code definitions with the runtime model over
 * them, rebuilt when the model's version in the database moves. Each request first asks
 * `current()` (one read of one number); a rebuild builds a whole new registry, checked by every
 * word check, and swaps it in with one assignment, so no request ever sees half a model. The
 * routers hold the `registry` handle, whose methods read the current registry at each call.
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../../engine/definition.ts';
import { modelDefinitions } from '../../engine/runtime-model/model-definitions.ts';
import { createRegistry, type Registry } from '../../engine/registry.ts';
import { loadModel, readModelVersion } from './model-store.ts';

export interface LiveRegistry {
  /** Always the current registry: hand it to routers and record contexts. */
  readonly registry: Registry;
  /** Brings the registry up to the model's version in the database (a rebuild only when it moved). */
  current(): Promise<Registry>;
}

export function liveRegistry(db: Knex, base: readonly ResourceDefinition[], onProblem: (error: unknown) => void = console.error): LiveRegistry {
  let built = createRegistry(base);
  let version: number | undefined;
  let rebuilding: Promise<void> | undefined;

  const rebuild = async () => {
    const model = await loadModel(db, base);
    try {
      built = createRegistry(modelDefinitions(base, model), base);
    } catch (error) {
      // Each change was judged against the model it made, so only a deploy can get here (a code
      // word a runtime entry now breaks): keep serving the last good model, and say why.
      onProblem(error);
    }
    version = model.version;
  };

  const registry: Registry = {
    get all() {
      return built.all;
    },
    base,
    find: (name) => built.find(name),
    get: (name) => built.get(name),
    rollupsOver: (child) => built.rollupsOver(child),
    referencesTo: (target) => built.referencesTo(target),
  };

  return {
    registry,
    async current() {
      if ((await readModelVersion(db)) !== version) {
        // Requests arriving during a rebuild wait for it rather than start their own.
        rebuilding ??= rebuild().finally(() => (rebuilding = undefined));
        await rebuilding;
      }
      return registry;
    },
  };
}
