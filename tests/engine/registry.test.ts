import { describe, expect, it } from 'vitest';
import { defineResource } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';

describe('createRegistry', () => {
  it('accepts every shipped definition', () => {
    expect(() => createRegistry(resources)).not.toThrow();
  });

  it('refuses a definition that names fields or resources that do not exist', () => {
    const broken = defineResource({
      name: 'widgets',
      table: 'widgets',
      label: { en: 'Widgets', zh: '部件' },
      labelSingular: { en: 'Widget', zh: '部件' },
      department: 'operations',
      fields: { owner_id: { type: 'reference', reference: 'nobody', label: { en: 'Owner', zh: '负责人' } } },
      recordRepresentation: 'title',
      listColumns: ['colour'],
      filters: [],
      search: [],
      defaultSort: { field: 'id', order: 'ASC' },
      access: { admin: { actions: ['list'], hidden: ['size'] } },
    });
    expect(() => createRegistry([broken])).toThrow(/list column "colour".*\n.*"title".*\n.*unknown resource "nobody".*\n.*admin field "size"/s);
  });
});
