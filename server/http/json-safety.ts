/**
 * Checks parsed JSON from a client before any other code sees it, and normalises its text.
 * Pure (no Express), so the body middleware and the list-parameter check share one definition
 * of "hostile": nesting deeper than we ever send, keys that reach an object's prototype chain
 * when later merged or spread, and strings that are not plain Unicode text.
 */

/** Deeper than any record or filter the client sends; bounds the walk and later recursion. */
import { msg, type Message } from '../engine/messages/message.ts';
export const MAX_JSON_DEPTH = 32;

/**
 * JSON.parse turns `"__proto__"` into an own property, which a later `{...body}` or
 * `Object.assign` turns back into a prototype swap; the other two reach constructors.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// A high surrogate not followed by a low one, or a low one not preceded by a high one: not
// encodable as UTF-8, so SQLite and PostgreSQL would store U+FFFD or refuse it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type JsonCheck = { ok: true; value: unknown; changed: boolean } | { ok: false; problem: Message };

/**
 * Walks `value` (the result of JSON.parse) and answers either a copy whose strings and keys
 * are NFC-normalised, or the first problem found, worded for the person reading the 400.
 */
export function checkJson(value: unknown): JsonCheck {
  const state = { changed: false };
  try {
    return { ok: true, value: walk(value, 0, state), changed: state.changed };
  } catch (error) {
    if (error instanceof HostileJson) return { ok: false, problem: error.problem };
    throw error;
  }
}

class HostileJson extends Error {
  constructor(readonly problem: Message) {
    super(problem.key);
  }
}

function walk(value: unknown, depth: number, state: { changed: boolean }): unknown {
  if (typeof value === 'string') return text(value, state);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_JSON_DEPTH) throw new HostileJson(msg('json.tooDeep', { max: MAX_JSON_DEPTH }));
  if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, state));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) throw new HostileJson(msg('json.keyRefused', { key }));
    const normalKey = text(key, state);
    // Two spellings of one key (NFC and NFD) would silently overwrite each other.
    if (Object.hasOwn(copy, normalKey)) throw new HostileJson(msg('json.keyTwice', { key: normalKey }));
    copy[normalKey] = walk((value as Record<string, unknown>)[key], depth + 1, state);
  }
  return copy;
}

function text(value: string, state: { changed: boolean }): string {
  if (value.includes('\u0000')) throw new HostileJson(msg('json.nul'));
  if (LONE_SURROGATE.test(value)) throw new HostileJson(msg('json.loneSurrogate'));
  const normal = value.normalize('NFC');
  if (normal !== value) state.changed = true;
  return normal;
}
