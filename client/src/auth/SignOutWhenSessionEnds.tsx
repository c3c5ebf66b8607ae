/**
 * Signs the user out when a write was refused because their session ended (sessionEnded.ts),
 * to the sign-in page with the reason; react-admin brings them back to this page afterwards.
 * By then the refused form has kept its values (drafts.ts), which the sign-in page mentions.
 */
import { useEffect } from 'react';
import { useLogout } from 'react-admin';
import { hasDrafts } from './drafts.ts';
import { onSessionEnded, signInAgainPath } from './sessionEnded.ts';

export function SignOutWhenSessionEnds() {
  const logout = useLogout();
  useEffect(() => {
    let signingOut = false;
    return onSessionEnded(() => {
      // Several writes refused at once sign out once.
      if (signingOut) return;
      signingOut = true;
      void logout({}, signInAgainPath(hasDrafts() ? 'changes-kept' : 'session-ended'));
    });
  }, [logout]);
  return null;
}
