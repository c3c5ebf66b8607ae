/**
 * The definition word `attachments`: checked when the registry is built, and passed to the
 * client only for roles that may see the records.
 */
import { describe, expect, it } from 'vitest';
import { defineResource, type AttachmentsDefinition } from '../../server/engine/definition.ts';
import type { FileContentType } from '../../server/engine/file-types.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resourceSchema } from '../../server/engine/schema.ts';

const widgets = (attachments: AttachmentsDefinition) =>
  defineResource({
    name: 'widgets',
    table: 'widgets',
    label: { en: 'Widgets', zh: '部件' },
    labelSingular: { en: 'Widget', zh: '部件' },
    department: 'operations',
    fields: { title: { type: 'string', label: { en: 'Title', zh: '标题' } } },
    recordRepresentation: 'title',
    listColumns: ['title'],
    filters: [],
    search: [],
    defaultSort: { field: 'id', order: 'ASC' },
    attachments,
    access: { admin: { actions: ['list', 'show', 'edit'] }, operations: { actions: ['create'] } },
  });

const images: AttachmentsDefinition = { kind: 'images', accept: ['image/png'], maxBytes: 1024, label: { en: 'Pictures', zh: '图片' }, ordered: true, thumbnails: true };

describe('attachments in a definition', () => {
  it('accepts a sound word', () => {
    expect(() => createRegistry([widgets(images)])).not.toThrow();
  });

  it.each([
    ['unknown content types', { ...images, accept: ['text/html' as FileContentType] }, /unknown content types/],
    ['no content types', { ...images, accept: [] }, /unknown content types/],
    ['documents among images', { ...images, accept: ['application/pdf'] as FileContentType[] }, /only images/],
    ['a size of nothing', { ...images, maxBytes: 0 }, /maxBytes/],
    ['a size beyond what the server holds in memory', { ...images, maxBytes: 500 * 1024 * 1024 }, /maxBytes/],
    ['a label in one language', { ...images, label: { en: 'Pictures', zh: ' ' } }, /both languages/],
    ['ordered documents', { kind: 'documents', accept: ['application/pdf'], maxBytes: 10, label: images.label, ordered: true }, /only image attachments/],
  ] as [string, AttachmentsDefinition, RegExp][])('refuses %s', (_what, word, problem) => {
    expect(() => createRegistry([widgets(word)])).toThrow(problem);
  });

  it('reaches the client schema of roles that may show the records only', () => {
    const def = widgets(images);
    expect(resourceSchema(def, 'admin', () => true).attachments).toEqual(images);
    expect(resourceSchema(def, 'operations', () => true).attachments).toBeUndefined();
  });
});
