import type { SessionUser } from '../engine/schema.ts';

declare global {
  namespace Express {
    interface Locals {
      /** The signed-in user, set by the session middleware. */
      user?: SessionUser;
      /** The raw session token from the cookie. */
      sessionToken?: string;
      /** The runtime model's version, read with the session: what `pinned` pins the request on. */
      modelVersion?: number;
      /** The shop's zone, set for every API request from the app's options (server/http/app.ts). */
      timeZone?: string;
    }
  }
}

export {};
