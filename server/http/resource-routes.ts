/**
 * One router for every resource, in the ra-data-simple-rest protocol, plus the trash, a
 * record's history and CSV export. No resource is named here: the definition found for the
 * URL segment decides everything.
 */
import express, { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { auditRefusals, targetFromPath } from './refusals.ts';
import { csvLine } from '../engine/csv.ts';
import { badRequest } from '../engine/errors.ts';
import { msg, renderMessages } from '../engine/messages/message.ts';
import { requestLocale } from './request-locale.ts';
import type { Registry } from '../engine/registry.ts';
import { createRecord, deleteRecord, updateRecord } from '../data/records.ts';
import { exportRecords } from '../data/export.ts';
import { importCsv } from '../data/import.ts';
import { historyOf, revertRecord } from '../data/revisions.ts';
import { purgeRecord, restoreRecord } from '../data/trash.ts';
import type { AttachmentStore } from '../data/attachment-store.ts';
import { entryAsCode } from '../data/runtime-model/export.ts';
import { mountBulkUpdate } from './bulk-update-routes.ts';
import { idOf, recordReads } from './record-reads.ts';
import { resourceResolver } from './resolve-resource.ts';

/** 50,000 product rows are about 8 MB of CSV. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** `attachments`: where purging a record removes its files' bytes. */
export function resourceRoutes(db: Knex, registry: Registry, attachments: AttachmentStore): Router {
  const router = Router();

  const resolve = resourceResolver(db, registry);
  const reads = recordReads(db, registry);
  const sendList = async (req: Request, res: Response, trashed: boolean) => {
    const { records, contentRange } = await reads.list(req, res, trashed);
    res.set('Content-Range', contentRange).json(records);
  };

  router.get('/:resource', (req, res) => sendList(req, res, false));
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
    res.json(await reads.one(req, res));
  });

  // A runtime field or resource (`modelEntries`) as the definition and migration that would make it in code.
  router.get('/:resource/:id/definition', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await entryAsCode(ctx, def, idOf(req)));
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
    res.json(await purgeRecord(ctx, def, idOf(req), attachments));
  });

  router.use(auditRefusals(db, targetFromPath(registry)));

  return router;
}
