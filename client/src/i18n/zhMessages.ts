/**
 * react-admin's own words in Simplified Chinese: the maintained package, completed with the
 * keys it lacks and with its count messages reworded (raCounts.ts). Loaded on demand
 * (i18nProvider.ts), so English-only sessions never fetch it.
 */
import type { TranslationMessages } from 'react-admin';
import chinese from '@haxqer/ra-language-chinese';
import { mergeMessages } from './mergeMessages.ts';
import { zhCounts } from './raCounts.ts';
import { zhMissing } from './zhMissing.ts';

// The package is CommonJS with `exports.default`: bundlers hand over the messages, Node the exports object.
const packaged: TranslationMessages = 'ra' in chinese ? chinese : (chinese as unknown as { default: TranslationMessages }).default;

export const zhMessages: TranslationMessages = mergeMessages(packaged, zhMissing, zhCounts);
