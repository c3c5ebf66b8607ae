/**
 * The headers every response carries (API JSON, errors, 404s, the client's static files and
 * index.html), and the API's own, as precomputed blocks: the standard middleware sets a block
 * in one call, and the hot reads (hot-reads.ts) write the same block with the status line.
 * Mounted first, so no route or error path can skip it.
 */
import type { NextFunction, Request, Response } from 'express';

/**
 * Only our own origin may supply scripts, styles, images, fonts and API calls. MUI (emotion)
 * injects <style> elements at run time, hence 'unsafe-inline' for styles only; scripts stay
 * strict, so injected markup can never run. Images may also be data: URLs (MUI icons, avatars).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** One year; sent only over HTTPS, as browsers ignore it on plain HTTP anyway. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

type HeaderBlock = readonly (readonly [string, string])[];

const EVERY_RESPONSE: HeaderBlock = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  // frame-ancestors supersedes this; kept for browsers that predate CSP level 2.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];
const OVER_HTTPS: HeaderBlock = [['Strict-Transport-Security', STRICT_TRANSPORT_SECURITY]];
const EXPOSE: HeaderBlock = [['Access-Control-Expose-Headers', 'Content-Range']];
/** What only API answers add: never cached (they depend on the session). */
const API_ONLY: HeaderBlock = [['Cache-Control', 'no-store']];

/** The blocks, in the order a response carries them; `secure`: the request came over HTTPS. */
const blocks = (secure: boolean) => {
  const page = [...EVERY_RESPONSE, ...(secure ? OVER_HTTPS : []), ...EXPOSE];
  return { page, api: [...page, ...API_ONLY] };
};
const PLAIN = blocks(false);
const SECURE = blocks(true);

/** The headers of an API answer, as node's flat [name, value, …] list, before the route's own. */
export const API_HEADERS_FLAT = {
  plain: PLAIN.api.flat(),
  secure: SECURE.api.flat(),
};

function setBlock(res: Response, block: HeaderBlock): void {
  for (const [name, value] of block) res.setHeader(name, value);
}

export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  // req.secure honours the "trust proxy" setting (TRUST_PROXY=1 behind a TLS load balancer).
  setBlock(res, (req.secure ? SECURE : PLAIN).page);
  next();
}

/** Adds what API answers carry beyond the security headers (set by the middleware above). */
export function setApiHeaders(res: Response): void {
  setBlock(res, API_ONLY);
}
