/**
 * Refuses hostile JSON (see json-safety.ts) with 400 and hands the rest of the app normalised
 * text: the parsed body, and the JSON list parameters `filter`, `sort` and `range`. Runs after
 * express.json. The list parameters are only checked and normalised here; parsing them into a
 * query stays with the engine's list-query.
 */
import type { NextFunction, Request, Response } from 'express';
import { badRequest } from '../engine/errors.ts';
import { msg, type Message } from '../engine/messages/message.ts';
import { checkJson } from './json-safety.ts';

const JSON_QUERY_PARAMS = ['filter', 'sort', 'range'] as const;

export function refuseHostileJson(req: Request, _res: Response, next: NextFunction): void {
  if (req.body !== undefined) {
    const body = checkJson(req.body);
    if (!body.ok) return next(badRequest(body.problem));
    req.body = body.value;
  }
  const query = req.query as Record<string, unknown>;
  const checked = checkListParams(query);
  if (!checked.ok) return next(badRequest(checked.problem));
  // Express 5 computes req.query from the URL on every read, so a changed copy has to shadow it.
  if (checked.query !== query) Object.defineProperty(req, 'query', { value: checked.query, configurable: true, enumerable: true, writable: true });
  next();
}

/**
 * The query with its list parameters checked and normalised (the same object when nothing
 * changed), or the problem to answer 400 with. Shared with the hot reads (hot-reads.ts).
 */
export function checkListParams(query: Record<string, unknown>): { ok: true; query: Record<string, unknown> } | { ok: false; problem: Message } {
  let normalised: Record<string, unknown> | undefined;
  for (const name of JSON_QUERY_PARAMS) {
    const raw = query[name];
    // A repeated or missing parameter, or one that is not JSON, gets list-query's own 400.
    if (typeof raw !== 'string') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const checked = checkJson(parsed);
    if (!checked.ok) return { ok: false, problem: msg('json.inParameter', { name, problem: checked.problem }) };
    if (checked.changed) normalised = { ...(normalised ?? query), [name]: JSON.stringify(checked.value) };
  }
  return { ok: true, query: normalised ?? query };
}
