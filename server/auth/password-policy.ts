/**
 * What makes a new password acceptable, as one pure function the sign-in routes and the users
 * resource's validation both call. It follows NIST SP 800-63B rather than composition rules:
 * length is what makes a password strong, so we ask for 12 to 128 characters of anything and
 * refuse only what guessers try first (common passwords, the username, repeated patterns).
 *
 * Comparisons use the NFKC form, lower-cased: that is the form the hash is taken of (see
 * password.ts), so "ｐａｓｓｗｏｒｄ１２３４" is as common as "password1234". Length counts Unicode
 * code points of that form, so a Chinese passphrase is measured by its characters.
 */
import common from './common-passwords.json' with { type: 'json' };
import { msg, type Message } from '../engine/messages/message.ts';

export const PASSWORD_MIN_LENGTH = 12;
/** An upper bound keeps hashing cost bounded; scrypt itself takes any length, so nothing is cut. */
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set(common.passwords.map((entry) => entry.normalize('NFKC').toLowerCase()));

/** A common word padded with digits or symbols ("password1234", "monkey2026!!") is still common. */
const PADDING = /[\p{N}\p{P}\p{S}\s]/u;
/** Shorter "words" of the list ("me", "123") would refuse too much once padding is allowed. */
const MIN_PADDED_WORD = 4;

export function passwordProblem(password: string, username?: string): Message | undefined {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return msg('value.atLeastChars', { min: PASSWORD_MIN_LENGTH });
  if (length > PASSWORD_MAX_LENGTH) return msg('value.atMostChars', { max: PASSWORD_MAX_LENGTH });

  const folded = normalised.toLowerCase();
  const name = username?.normalize('NFKC').trim().toLowerCase();
  if (name && withoutPadding(folded).includes(name)) return msg('password.isUsername');
  if (COMMON.has(folded) || withoutPadding(folded).some((word) => word.length >= MIN_PADDED_WORD && COMMON.has(word))) {
    return msg('password.tooCommon');
  }
  if (/^(.+?)\1+$/su.test(folded)) return msg('password.repeated');
  return undefined;
}

/** The password itself and every shorter form of it with trailing digits or symbols removed. */
function withoutPadding(folded: string): string[] {
  const chars = [...folded];
  const forms = [folded];
  for (let end = chars.length - 1; end > 0 && PADDING.test(chars[end]); end -= 1) forms.push(chars.slice(0, end).join(''));
  return forms;
}
