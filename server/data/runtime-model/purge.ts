/**
 * Purging a model entry from the trash removes what it made: a field's column (and the values
 * in it), a resource's table with its field entries. In the purge's transaction, with the
 * model's new version, so every process stops serving it at once.
 */
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../../engine/definition.ts';
import { fieldEntry, resourceEntry } from '../../engine/runtime-model/entries.ts';
import type { RecordContext, Row } from '../context.ts';
import { audit } from '../write-checks.ts';
import { decodeRow } from '../codec.ts';
import { entriesDefinition, bumpModelVersion } from './model-store.ts';
import { tableOf } from './model-registry.ts';
import { dropColumn, dropResourceTable, dropRuntimeSearch, hasTable, reindexRuntimeSearch } from './tables.ts';

export async function purgeModelEntry(trx: Knex.Transaction, ctx: RecordContext, def: ResourceDefinition, trashed: Row): Promise<void> {
  if (!def.modelEntries) return;
  const base = ctx.registry.base;
  if (def.modelEntries === 'fields') {
    const entry = fieldEntry(trashed);
    const table = tableOf(base, entry.resource);
    if ((await hasTable(trx, table)) && (await trx.schema.hasColumn(table, entry.name))) {
      // A runtime resource's search index names its text columns: made without this one first.
      await reindexRuntimeSearch(trx, base, def.table, entry.resource, entry.name);
      await dropColumn(trx, table, entry.name);
    }
  } else {
    const entry = resourceEntry(trashed);
    const fieldsDef = entriesDefinition(base, 'fields');
    if (fieldsDef) {
      // Its fields go with it, each with its last state in the audit log.
      for (const row of await trx(fieldsDef.table).where('resource', entry.name)) {
        const field = decodeRow(fieldsDef, row);
        await audit(trx, ctx, fieldsDef, 'purge', field, Object.fromEntries(Object.entries(field).map(([name, value]) => [name, { from: value, to: null }])));
      }
      await trx(fieldsDef.table).where('resource', entry.name).delete();
    }
    if (await hasTable(trx, entry.name)) {
      await dropRuntimeSearch(trx, entry.name);
      await dropResourceTable(trx, entry.name);
    }
  }
  await bumpModelVersion(trx);
}
