/**
 * `POST /api/<resource>/bulk-update` for resources whose definition has `bulkUpdate`: a dry run
 * (`dry_run: true`) or the change itself. Mounted on the resource router, so refusals are audited
 * like every other 403.
 */
import type { Request, Response, Router } from 'express';
import type { ResourceDefinition } from '../engine/definition.ts';
import { bulkUpdate } from '../data/bulk-update.ts';
import type { RecordContext } from '../data/context.ts';
import { renderMessages } from '../engine/messages/message.ts';
import { requestLocale } from './request-locale.ts';

type Resolve = (req: Request, res: Response) => { def: ResourceDefinition; ctx: RecordContext };

export function mountBulkUpdate(router: Router, resolve: Resolve): void {
  router.post('/:resource/bulk-update', async (req, res) => {
    const { def, ctx } = resolve(req, res);
    res.json(renderMessages(await bulkUpdate(ctx, def, req.body), requestLocale(req, res)));
  });
}
