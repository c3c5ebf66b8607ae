import type { SessionUser } from '../engine/schema.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** The signed-in user, set by the session middleware. */
      user?: SessionUser;
      /** The raw session token from the cookie. */
      sessionToken?: string;
    }
  }
}

export {};
