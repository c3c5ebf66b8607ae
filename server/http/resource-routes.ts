/**
 * One router for every resource, in the ra-data-simple-rest protocol. No resource is named
 * here: the definition found for the URL segment decides everything.
 */
import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { forbidden, notFound } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { canReach } from '../engine/schema.ts';
import { csvLine } from '../engine/csv.ts';
import {
  createRecord,
  deleteRecord,
  exportRecords,
  getRecord,
  listRecords,
  updateRecord,
  type RecordContext,
} from '../data/records.ts';

export function resourceRoutes(db: Knex, registry: Registry): Router {
  const router = Router();

  const resolve = (req: Request, res: Response) => {
    const def = registry.find(String(req.params.resource));
    if (!def) throw notFound(`Unknown resource "${req.params.resource}"`);
    const user = res.locals.user!;
    if (!canReach(def, user.role)) throw forbidden(`You may not use ${def.label.en.toLowerCase()}`);
    const ctx: RecordContext = { db, registry, user };
    return { def, ctx };
  };
  const idOf = (req: Request) => {
    const id = String(req.params.id);
    if (!/^[1-9]\d{0,15}$/.test(id)) throw notFound(`No record with id ${id}`);
    return Number(id);
  };

  router.get('/:resource', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    const { records, total, start } = await listRecords(ctx, def, req.query);
    const range = records.length ? `${start}-${start + records.length - 1}` : '*';
    res.set('Content-Range', `${def.name} ${range}/${total}`).json(records);
  });

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

  router.post('/:resource', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.status(201).json(await createRecord(ctx, def, req.body));
  });

  router.put('/:resource/:id', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await updateRecord(ctx, def, idOf(req), req.body));
  });

  router.delete('/:resource/:id', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(await deleteRecord(ctx, def, idOf(req)));
  });

  return router;
}
