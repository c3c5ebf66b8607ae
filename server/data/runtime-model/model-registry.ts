/**
 * The registry the database's model makes, read inside a model change's transaction: what the
 * change is judged against, whatever this process's own registry has caught up with so far.
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../../engine/definition.ts';
import type { RuntimeModel } from '../../engine/runtime-model/entries.ts';
import { modelDefinitions } from '../../engine/runtime-model/model-definitions.ts';
import { createRegistry, type Registry } from '../../engine/registry.ts';
import { loadModel } from './model-store.ts';

export async function modelRegistry(trx: Knex, base: readonly ResourceDefinition[]): Promise<{ model: RuntimeModel; registry: Registry }> {
  const model = await loadModel(trx, base);
  return { model, registry: createRegistry(modelDefinitions(base, model), base) };
}

/** The table a field entry's resource stores its records in: a code resource's own, or a runtime resource's name. */
export function tableOf(base: readonly ResourceDefinition[], resource: string): string {
  return base.find((def) => def.name === resource)?.table ?? resource;
}
