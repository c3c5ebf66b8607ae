/**
 * Every word the admin shows exists in English and Simplified Chinese: the definitions' labels,
 * the client's own messages, and react-admin's messages (the Chinese tree has every key of the
 * English one, so a react-admin upgrade that adds a key fails here until zhMissing.ts has it).
 */
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../client/src/i18n/messages.ts';
import { zhMessages } from '../../client/src/i18n/zhMessages.ts';
import { SYSTEM_FIELDS, type Label } from '../../server/engine/definition.ts';
import { DEPARTMENTS } from '../../server/engine/schema.ts';
import { resources } from '../../server/resources/index.ts';

/** Every label a definition carries, named by where it sits. */
function definitionLabels(): [string, Label][] {
  const labels: [string, Label][] = DEPARTMENTS.map((department) => [`department ${department.id}`, department.label]);
  for (const def of resources) {
    labels.push([`${def.name}`, def.label], [`${def.name} (singular)`, def.labelSingular]);
    for (const [name, field] of Object.entries({ ...def.fields, ...SYSTEM_FIELDS })) {
      labels.push([`${def.name}.${name}`, field.label]);
      for (const choice of field.choices ?? []) labels.push([`${def.name}.${name} = ${choice.id}`, choice.label]);
    }
  }
  return labels;
}

/** Every leaf of a message tree, as "ra.action.save". */
function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** `{name}`, and the name of a plural `{name, plural, …}` (Chinese says the number without one). */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1]))].sort();

describe('every word in both languages', () => {
  it.each(definitionLabels())('definition label %s has English and Chinese', (_where, label) => {
    expect(label.en.trim()).not.toBe('');
    expect(label.zh.trim()).not.toBe('');
  });

  it.each(Object.entries(MESSAGES))('client message %s has English and Chinese with the same placeholders', (_key, label) => {
    expect(label.en.trim()).not.toBe('');
    expect(label.zh.trim()).not.toBe('');
    expect(placeholders(label.zh)).toEqual(placeholders(label.en));
  });

  it("react-admin's Chinese messages have every key of its English ones, blank only where English is", () => {
    const chinese = new Set(keyPaths(zhMessages));
    expect(keyPaths(englishMessages).filter((key) => !chinese.has(key))).toEqual([]);
    const text = (tree: object, path: string) =>
      String(path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree)).trim();
    const blank = keyPaths(englishMessages).filter((key) => text(englishMessages, key) && !text(zhMessages, key));
    expect(blank).toEqual([]);
  });

  it('keeps the Chinese translations that the package provides', () => {
    expect(zhMessages.ra.action.save).toBe('保存');
    expect(zhMessages.ra.action.reset).toBe('重置');
  });
});
