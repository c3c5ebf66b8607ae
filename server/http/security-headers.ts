/**
 * Security headers for every response the app sends: API JSON, errors, 404s, the client's
 * static files and index.html. Mounted first, so no route or error path can skip it.
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

export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    // frame-ancestors supersedes this; kept for browsers that predate CSP level 2.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  // req.secure honours the "trust proxy" setting (TRUST_PROXY=1 behind a TLS load balancer).
  if (req.secure) res.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  next();
}
