/**
 * The session ended under a write. The write itself fails as any refused write does (see
 * api/refusedWrites.ts); this tells the admin to sign the user out, and the sign-in page why.
 * No React here.
 */

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called by the authProvider when a write came back 401. */
export function announceSessionEnded(): void {
  for (const listener of listeners) listener();
}

/** Returns the function that stops listening. */
export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Why the sign-in page is shown, as its query says. */
export type SignInReason = 'session-ended' | 'changes-kept';

const REASON_PARAM = 'reason';

/** The sign-in page's address, saying why the user is sent there. */
export function signInAgainPath(reason: SignInReason): string {
  return `/login?${REASON_PARAM}=${reason}`;
}

export function signInReason(search: string): SignInReason | undefined {
  const reason = new URLSearchParams(search).get(REASON_PARAM);
  return reason === 'session-ended' || reason === 'changes-kept' ? reason : undefined;
}
