/**
 * The message catalogues: every key the server may say exists in English and in Chinese (the
 * type `Catalogue` refuses a one-language key at compile time; this file checks the same at run
 * time and that each entry really says something in its language), labels and lists are said in
 * the reader's language, and the browser's Accept-Language picks the language before sign-in.
 */
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../server/engine/messages/catalogue.ts';
import { en } from '../../server/engine/messages/en.ts';
import { Message, msg, renderMessage, renderMessages } from '../../server/engine/messages/message.ts';
import { zh } from '../../server/engine/messages/zh.ts';
import { acceptedLocale } from '../../server/http/request-locale.ts';

// Compile-time half: a catalogue missing one of English's keys, or carrying a key English lacks,
// does not typecheck (`npm run typecheck` fails on an unused @ts-expect-error too).
const { 'field.required': _dropped, ...withoutOne } = zh;
// @ts-expect-error a Chinese catalogue without "field.required"
const incomplete: Catalogue = withoutOne;
// @ts-expect-error a key only Chinese has
const extra: Catalogue = { ...zh, 'only.chinese': '只有中文' };
void [incomplete, extra, _dropped];

/** Sample parameters for any entry: every parameter a short text or a number. */
const SAMPLE = new Proxy({}, { get: (_target, name) => (typeof name === 'string' && /^(max|min|id|count|row|cells|columns|total|refused|version|value|left|needed|times)$/.test(name) ? 7 : 'X') });
const say = (entry: string | ((params: never) => string)) => (typeof entry === 'string' ? entry : (entry as (params: unknown) => string)(SAMPLE));

/** Entries with no words of their own: codes, and those that only arrange their parameters. */
const WORDLESS = new Set(['http.bodyCsv', 'http.bodyJson', 'value.pattern', 'text.said', 'json.inParameter', 'filterValue.boolean', 'text.alternatives', 'editableWhile.fieldsLocked']);

describe('message catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(200);
  });

  it('say every entry, the Chinese one in Chinese', () => {
    for (const key of Object.keys(en) as (keyof Catalogue)[]) {
      const [english, chinese] = [say(en[key]), say(zh[key])];
      expect(english.trim(), key).not.toBe('');
      expect(chinese.trim(), key).not.toBe('');
      if (WORDLESS.has(key)) continue;
      expect(chinese, key).not.toBe(english);
      expect(chinese, key).toMatch(/\p{Script=Han}/u);
    }
  });

  it('say labels, lists and quoted messages in the reader language', () => {
    const name = { en: 'Name (Chinese)', zh: '商品名称' };
    const cost = { en: 'Purchase cost', zh: '采购成本' };
    const refusal = msg('field.mayNotChange', { fields: [name, cost] });
    expect(renderMessage(refusal, 'en')).toBe('You may not change: Name (Chinese), Purchase cost');
    expect(renderMessage(refusal, 'zh')).toBe('你无权修改：商品名称、采购成本');
    const nested = msg('list.filterMustBe', { key: 'price_gte', what: msg('filterValue.wholeNumberInRange') });
    expect(renderMessage(nested, 'zh')).toBe('筛选条件“price_gte”必须是范围内的整数');
    const alternatives = msg('attachments.typeRefused', { types: msg('text.alternatives', { items: ['JPEG', 'PNG', 'WebP'] }) });
    expect(renderMessage(alternatives, 'en')).toBe('Only JPEG, PNG or WebP files are accepted; this file is not one');
    expect(renderMessage(alternatives, 'zh')).toBe('只接受 JPEG、PNG或WebP 文件；此文件不是');
  });

  it('render every message inside an answer, and leave other values as they are', () => {
    const report = { total: 2, errors: [{ row: 1, field: 'name', message: msg('field.required') }], when: null, tags: ['a'] };
    expect(renderMessages(report, 'zh')).toEqual({ total: 2, errors: [{ row: 1, field: 'name', message: '必填' }], when: null, tags: ['a'] });
    expect(renderMessages(new Message('field.required'), 'en')).toBe('Required');
  });
});

describe('Accept-Language', () => {
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,zh-TW;q=0.5,en;q=0.4', 'zh'],
    ['en;q=0.2, zh-Hans;q=0.7', 'zh'],
    ['zh;q=0, en', 'en'],
    ['fr-FR', undefined],
    ['*', undefined],
    ['', undefined],
  ])('reads %j as %s', (header, locale) => {
    expect(acceptedLocale(header)).toBe(locale);
  });
});
