/**
 * The shape every language's catalogue has: the English one's keys, each a sentence or a function
 * of its (rendered) parameters. A key missing in a language, or a key only one language has, is a
 * type error here (tests/engine/messages.test.ts checks the same at run time).
 */
import type { en } from './en.ts';

type English = typeof en;

export type MessageKey = keyof English;

/** A catalogue in another language: the same keys, the same parameters. */
export type Catalogue = { readonly [K in MessageKey]: English[K] extends string ? string : English[K] };

/** The parameters of a key's entry, `never` for a fixed sentence. */
export type ParamsOf<K extends MessageKey> = English[K] extends (params: infer P) => string ? P : never;
