/**
 * The registry a server process serves from: the code definitions with the runtime model over
 * them, rebuilt when the model's version in the database moves. Each request runs `pinned`: one
 * number (read with the request's session, or read here), a rebuild when it moved, and then the
 * whole request sees that one registry.
 * A rebuild builds a whole new registry, checked by every word check, and swaps it in with one
 * assignment, so no request ever sees half a model. The routers hold the `registry` handle, built
 * once; it answers from the registry the running request pinned (AsyncLocalStorage follows the
 * request through its awaits), so a rebuild that another request brings in mid-way (between the
 * slices of an import, say) leaves this one on the definitions it started with.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../../engine/definition.ts';
import { modelDefinitions } from '../../engine/runtime-model/model-definitions.ts';
import { createRegistry, type Registry } from '../../engine/registry.ts';
import { loadModel, readModelVersion } from './model-store.ts';

export interface LiveRegistry {
  /** The running request's registry (outside any request, the newest built): hand it to routers and record contexts. */
  readonly registry: Registry;
  /**
   * Runs `work` (a request's handling) on the model as the database has it now (a rebuild only
   * when its version moved): `registry` answers from that registry until `work` is done, whatever
   * is rebuilt meanwhile. Inside work already pinned, the model stays the one pinned first.
   * `readVersion` is the version as the caller has just read it (with the session); without it,
   * `pinned` reads it.
   */
  pinned<T>(work: () => T | Promise<T>, readVersion?: number): Promise<T>;
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

  const pins = new AsyncLocalStorage<Registry>();
  const now = () => pins.getStore() ?? built;
  const registry: Registry = {
    get all() {
      return now().all;
    },
    base,
    find: (name) => now().find(name),
    get: (name) => now().get(name),
    rollupsOver: (child) => now().rollupsOver(child),
    referencesTo: (target) => now().referencesTo(target),
  };

  return {
    registry,
    async pinned(work, readVersion) {
      if (pins.getStore()) return work();
      if ((readVersion ?? (await readModelVersion(db))) !== version) {
        // Requests arriving during a rebuild wait for it rather than start their own.
        rebuilding ??= rebuild().finally(() => (rebuilding = undefined));
        await rebuilding;
      }
      return pins.run(built, work);
    },
  };
}
