/**
 * One router for every resource, in the ra-data-simple-rest protocol, plus the trash, a
 * record's history and CSV export. No resource is named here: the definition found for the
 * URL segment decides everything.
 */
import express, { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { auditRefusals, targetFromPath } from './refusals.ts';
import { csvLine } from '../engine/csv.ts';
import { badRequest, notFound } from '../engine/errors.ts';
import { msg, renderMessages } from '../engine/messages/message.ts';
import { requestLocale } from './request-locale.ts';
import type { Registry } from '../engine/registry.ts';
import { canLookUp, getManyIds } from '../engine/lookup.ts';
import { getManyWithLookup } from '../data/lookup.ts';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../data/records.ts';
import { exportRecords } from '../data/export.ts';
import { importCsv } from '../data/import.ts';
import { historyOf, revertRecord } from '../data/revisions.ts';
import { purgeRecord, restoreRecord } from '../data/trash.ts';
import { mountBulkUpdate } from './bulk-update-routes.ts';
import { recordContext, resourceResolver } from './resolve-resource.ts';

/** 50,000 product rows are about 8 MB of CSV. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** `attachmentsDir`: where purging a record removes its files' bytes. */
export function resourceRoutes(db: Knex, registry: Registry, attachmentsDir: string): Router {
  const router = Router();

  const resolve = resourceResolver(db, registry);
  const idOf = (req: Request) => {
    const id = String(req.params.id);
    if (!/^[1-9]\d{0,15}$/.test(id)) throw notFound(msg('record.noRecordWithId', { id }));
    return Number(id);
  };
  const sendList = async (req: Request, res: Response, trashed: boolean) => {
    const { def, ctx } = resolve(req, res);
    const { records, total, start } = await listRecords(ctx, def, req.query, { trashed });
    const range = records.length ? `${start}-${start + records.length - 1}` : '*';
    res.set('Content-Range', `${def.name} ${range}/${total}`).json(records);
  };

  // A getMany by ids of a resource with the `lookup` word names its records to every signed-in role.
  router.get('/:resource', async (req, res) => {
    const def = registry.find(String(req.params.resource));
    const ids = def && canLookUp(def) ? getManyIds(req.query) : undefined;
    if (!def || !ids) return sendList(req, res, false);
    const records = await getManyWithLookup(recordContext(db, registry, req, res), def, ids);
    res.set('Content-Range', `${def.name} ${records.length ? `0-${records.length - 1}` : '*'}/${records.length}`).json(records);
  });
  router.get('/:resource/trash', (req, res) => sendList(req, res, true));

  // CSV of every matching row with the fields the role may see; same sort and filter as the list.
  router.get('/:resource/export.csv', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    const pages = exportRecords(ctx, def, { sort: req.query.sort, filter: req.query.filter });
    let first = true;
    for await (const { fields, records } of pages) {
      if (first) {
        res.set('Content-Type', 'text/csv; charset=utf-8');
        res.attachment(`${def.name}.csv`);
        res.write(`\uFEFF${csvLine(fields)}`);
        first = false;
      }
      for (const record of records) res.write(csvLine(fields.map((name) => record[name])));
    }
    res.end();
  });

  router.get('/:resource/:id', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await getRecord(ctx, def, idOf(req)));
  });

  router.get('/:resource/:id/history', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await historyOf(ctx, def, idOf(req)));
  });

  // CSV in, a report out: ?dryRun=true checks every row and writes nothing; ?match=sku updates matches.
  router.post('/:resource/import', express.text({ type: 'text/csv', limit: MAX_IMPORT_BYTES }), async (req, res) => {
    const { def, ctx } = resolve(req, res);
    if (typeof req.body !== 'string') throw badRequest(msg('import.sendCsvBody'));
    const match = typeof req.query.match === 'string' && req.query.match ? req.query.match : undefined;
    res.json(renderMessages(await importCsv(ctx, def, req.body.normalize('NFC'), { dryRun: req.query.dryRun === 'true', match }), requestLocale(req, res)));
  });

  mountBulkUpdate(router, resolve);

  router.post('/:resource', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.status(201).json(await createRecord(ctx, def, req.body));
  });

  router.put('/:resource/:id', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await updateRecord(ctx, def, idOf(req), req.body, req.get('if-match')));
  });

  router.post('/:resource/:id/revert', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await revertRecord(ctx, def, idOf(req), req.body));
  });

  router.post('/:resource/:id/restore', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await restoreRecord(ctx, def, idOf(req)));
  });

  router.delete('/:resource/:id', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await deleteRecord(ctx, def, idOf(req)));
  });

  router.delete('/:resource/:id/purge', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await purgeRecord(ctx, def, idOf(req), attachmentsDir));
  });

  router.use(auditRefusals(db, targetFromPath(registry)));

  return router;
}
