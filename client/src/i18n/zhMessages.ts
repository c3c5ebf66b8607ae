/**
 * react-admin's own words in Simplified Chinese: the maintained package, completed with the
 * keys it lacks. Loaded on demand (i18nProvider.ts), so English-only sessions never fetch it.
 */
import type { TranslationMessages } from 'react-admin';
import chinese from '@haxqer/ra-language-chinese';
import { zhMissing } from './zhMissing.ts';

// The package is CommonJS with `exports.default`: bundlers hand over the messages, Node the exports object.
const packaged: TranslationMessages = 'ra' in chinese ? chinese : (chinese as unknown as { default: TranslationMessages }).default;

export const zhMessages: TranslationMessages = mergeDeep(packaged, zhMissing);

type Tree = { [key: string]: string | Tree };

function mergeDeep<T extends object>(base: T, extra: object): T {
  const merged: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(extra as Tree)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergeDeep(current, value) : value;
  }
  return merged as T;
}
