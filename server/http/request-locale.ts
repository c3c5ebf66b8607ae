/**
 * The language to answer a request in: the signed-in user's choice (the zh/en switch, stored with
 * the user), else the browser's Accept-Language (sign-in errors, a 401, a user who never chose),
 * else English.
 */
import type { Request, Response } from 'express';
import { LOCALES, type Locale } from '../engine/messages/locales.ts';

export function requestLocale(req: Request, res: Response): Locale {
  return res.locals.user?.locale ?? acceptedLocale(req.get('accept-language')) ?? 'en';
}

/** At most this much of the header is read: a language list is short, a hostile one need not be parsed. */
const MAX_HEADER_CHARS = 512;

/**
 * The panel's language the browser prefers most (`zh-CN,zh;q=0.9,en;q=0.8` → zh), by q-value and
 * then by order; a tag counts by its primary subtag. Undefined when it names none of them.
 */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.slice(0, MAX_HEADER_CHARS).split(',')) {
    const [tag, ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const locale = LOCALES.find((known) => known === primary);
    if (!locale) continue;
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale;
}
