/**
 * The resource a request's `:resource` segment names, and the context its record operations
 * need: 404 for a name no definition has, 403 for a resource the role cannot reach at all.
 * Shared by the routers that serve `/:resource/...` paths.
 */
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import type { ResourceDefinition } from '../engine/definition.ts';
import { forbidden, notFound } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';
import { canReach } from '../engine/schema.ts';
import type { RecordContext } from '../data/context.ts';
import { msg } from '../engine/messages/message.ts';

export type ResolveResource = (req: Request, res: Response) => { def: ResourceDefinition; ctx: RecordContext };

export function resourceResolver(db: Knex, registry: Registry): ResolveResource {
  return (req, res) => {
    const def = registry.find(String(req.params.resource));
    if (!def) throw notFound(msg('http.unknownResource', { resource: String(req.params.resource) }));
    if (!canReach(def, res.locals.user!.role)) throw forbidden(msg('access.mayNotUse', { resource: def.label }));
    return { def, ctx: recordContext(db, registry, req, res) };
  };
}

/** The context of the signed-in request's record operations: who, from where, on which clock. */
export function recordContext(db: Knex, registry: Registry, req: Request, res: Response): RecordContext {
  return {
    db,
    registry,
    user: res.locals.user!,
    timeZone: res.locals.timeZone!,
    clientAddress: req.ip,
    sessionToken: res.locals.sessionToken,
  };
}
