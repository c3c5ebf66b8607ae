/**
 * The reads every list and record page makes, GET /:resource (a page, or a getMany by ids) and
 * GET /:resource/:id, as answers: sent by the resource router and by the hot reads
 * (hot-reads.ts) alike, so both answer exactly the same.
 */
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { notFound } from '../engine/errors.ts';
import { canLookUp, getManyIds } from '../engine/lookup.ts';
import type { Registry } from '../engine/registry.ts';
import type { Row } from '../data/context.ts';
import { getManyWithLookup } from '../data/lookup.ts';
import { getRecord, listRecords } from '../data/records.ts';
import { recordContext, resourceResolver } from './resolve-resource.ts';
import { msg } from '../engine/messages/message.ts';

export interface ListAnswer {
  records: Row[];
  contentRange: string;
}

export interface RecordReads {
  list(req: Request, res: Response, trashed?: boolean): Promise<ListAnswer>;
  one(req: Request, res: Response): Promise<Row>;
}

/** The record id in a path: a positive whole number, else 404 (never a database error). */
export function idOf(req: Request): number {
  const id = String(req.params.id);
  if (!/^[1-9]\d{0,15}$/.test(id)) throw notFound(msg('record.noRecordWithId', { id }));
  return Number(id);
}

export function recordReads(db: Knex, registry: Registry): RecordReads {
  const resolve = resourceResolver(db, registry);
  const page = async (req: Request, res: Response, trashed: boolean): Promise<ListAnswer> => {
    const { def, ctx } = resolve(req, res);
    const { records, total, start } = await listRecords(ctx, def, req.query, { trashed });
    const range = records.length ? `${start}-${start + records.length - 1}` : '*';
    return { records, contentRange: `${def.name} ${range}/${total}` };
  };
  return {
    // A getMany by ids of a resource with the `lookup` word names its records to every signed-in role.
    async list(req, res, trashed = false) {
      const def = trashed ? undefined : registry.find(String(req.params.resource));
      const ids = def && canLookUp(def) ? getManyIds(req.query) : undefined;
      if (!def || !ids) return page(req, res, trashed);
      const records = await getManyWithLookup(recordContext(db, registry, req, res), def, ids);
      return { records, contentRange: `${def.name} ${records.length ? `0-${records.length - 1}` : '*'}/${records.length}` };
    },
    async one(req, res) {
      const { def, ctx } = resolve(req, res);
      return getRecord(ctx, def, idOf(req));
    },
  };
}
