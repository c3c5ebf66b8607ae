/**
 * A message for a person: a catalogue key and its parameters, not a finished sentence. The
 * server decides what to say where the rule lives (engine, data), and says it in the reader's
 * language only at the edge (the HTTP error handler, an import or bulk report), so one refusal
 * reads "Required" to one user and "必填" to another.
 */
import type { Locale, Said } from './locales.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';
import type { Catalogue, MessageKey, ParamsOf } from './catalogue.ts';

/**
 * A parameter before it is rendered: plain text and numbers (values the user typed, ids, codes),
 * a label ({en, zh}: a field's or a resource's name, said in the reader's language), another
 * message (a field's error quoted in a sentence), or a list of these (joined as the language joins).
 */
export type Text = string | number | Said | Message | readonly Text[];

/** The parameters a key takes, each given as Text where the catalogue receives a string. */
export type MessageParams<K extends MessageKey> = { [N in keyof ParamsOf<K>]: ParamsOf<K>[N] extends number ? number : Text };

export class Message {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, Text>> = {},
  ) {}
}

/** `msg('field.atMostChars', { max: 255 })`: the parameters are checked against the English catalogue's entry. */
export function msg<K extends MessageKey>(key: K, ...params: [ParamsOf<K>] extends [never] ? [] : [MessageParams<K>]): Message {
  return new Message(key, (params[0] ?? {}) as Record<string, Text>);
}

/**
 * A sentence a definition says in its own words, in both languages beside its labels (a field's
 * `check`, a rule only that resource has): `said({ en: '…', zh: '…' })`.
 */
export const said = (text: Said): Message => msg('text.said', { text });

export const CATALOGUES: Record<Locale, Catalogue> = { en, zh };

/** How each language joins a list of names ("cost, price" / "成本、价格"). */
const LIST_SEPARATOR: Record<Locale, string> = { en: ', ', zh: '、' };

/** The message as the reader of `locale` reads it. */
export function renderMessage(message: Message, locale: Locale): string {
  const entry = CATALOGUES[locale][message.key] as string | ((params: Record<string, string | number>) => string);
  if (typeof entry === 'string') return entry;
  const params = Object.fromEntries(Object.entries(message.params).map(([name, value]) => [name, renderText(value, locale)]));
  return entry(params);
}

function renderText(value: Text, locale: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (value instanceof Message) return renderMessage(value, locale);
  if (Array.isArray(value)) return value.map((item) => renderText(item, locale)).join(LIST_SEPARATOR[locale]);
  return (value as Said)[locale] || (value as Said).en;
}

/**
 * A whole answer (an error's details, an import report) with every message in it rendered:
 * plain objects and arrays are copied, anything else is kept as it is.
 */
export function renderMessages<T>(value: T, locale: Locale): Rendered<T> {
  if (value instanceof Message) return renderMessage(value, locale) as Rendered<T>;
  if (Array.isArray(value)) return value.map((item) => renderMessages(item, locale)) as Rendered<T>;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderMessages(item, locale)])) as Rendered<T>;
  }
  return value as Rendered<T>;
}

/** A type as it goes over the wire: each Message in it is a string. */
export type Rendered<T> = T extends Message
  ? string
  : T extends readonly (infer Item)[]
    ? Rendered<Item>[]
    : T extends object
      ? { [K in keyof T]: Rendered<T[K]> }
      : T;
