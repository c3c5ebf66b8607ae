/**
 * Refusals are security events: each 403 a router answers goes to the audit log (who, what
 * request, why) before the error answer, whatever router refused it.
 */
import type { ErrorRequestHandler, Request } from 'express';
import type { Knex } from 'knex';
import { recordAudit } from '../data/audit.ts';
import { ApiError } from '../engine/errors.ts';
import type { Registry } from '../engine/registry.ts';

export interface RefusedTarget {
  resource?: string;
  recordId?: number;
}

/** An error handler recording 403s; `locate` names the resource (and record) the request was about. */
export function auditRefusals(db: Knex, locate: (req: Request) => RefusedTarget): ErrorRequestHandler {
  return async (error, req, res, next) => {
    if (error instanceof ApiError && error.status === 403 && res.locals.user) {
      await recordAudit(db, {
        action: 'forbidden',
        user: res.locals.user,
        ...locate(req),
        changes: { request: `${req.method} ${req.originalUrl.split('?')[0]}`, reason: error.message },
        clientAddress: req.ip,
      }).catch(() => undefined);
    }
    next(error);
  };
}

/** `/<resource>/<id>/…`: route parameters are gone by the time an error handler runs. */
export function targetFromPath(registry: Registry): (req: Request) => RefusedTarget {
  return (req) => {
    const [, resource, id] = req.path.split('/');
    return { resource: registry.find(resource)?.name, recordId: /^\d+$/.test(id ?? '') ? Number(id) : undefined };
  };
}
