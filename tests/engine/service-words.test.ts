/** The definition words the service desk brought: row conditions with "any of", stamps, masks, referenceWhere. */
import { describe, expect, it } from 'vitest';
import { allowedValues, matchesConditions } from '../../server/engine/conditions.ts';
import { defineResource, type FieldDefinition } from '../../server/engine/definition.ts';
import { maskForListing, maskPhone } from '../../server/engine/masking.ts';
import { dashboardProblems } from '../../server/engine/dashboard-checks.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import { stampsFor } from '../../server/engine/stamps.ts';
import serviceTickets from '../../server/resources/service-tickets.ts';

const me = { id: 7 };

describe('row conditions', () => {
  it('accepts one value, the signed-in user, null, or any of a list', () => {
    expect(allowedValues('active', me)).toEqual(['active']);
    expect(allowedValues([{ user: 'id' }, null], me)).toEqual([7, null]);
    const mineOrNobodys = { assignee_id: [{ user: 'id' }, null] } as const;
    expect(matchesConditions(mineOrNobodys, { assignee_id: 7 }, me)).toBe(true);
    expect(matchesConditions(mineOrNobodys, { assignee_id: null }, me)).toBe(true);
    expect(matchesConditions(mineOrNobodys, {}, me)).toBe(true);
    expect(matchesConditions(mineOrNobodys, { assignee_id: 8 }, me)).toBe(false);
    expect(matchesConditions({ status: ['resolved', 'closed'] }, { status: 'open' }, me)).toBe(false);
  });
});

describe('stamps', () => {
  const now = '2026-11-27T10:00:00.000Z';
  it('stamps the first response when the ticket first leaves open, and only then', () => {
    expect(stampsFor(serviceTickets, {}, { status: 'open' }, now)).toEqual({});
    expect(stampsFor(serviceTickets, { status: 'open' }, { status: 'pending' }, now)).toEqual({ first_response_at: now });
    const answered = { status: 'open', first_response_at: '2026-11-01T00:00:00.000Z' };
    expect(stampsFor(serviceTickets, answered, { ...answered, status: 'resolved' }, now)).toEqual({ resolved_at: now });
  });

  it('stamps nothing when the state does not change', () => {
    expect(stampsFor(serviceTickets, { status: 'resolved' }, { status: 'resolved' }, now)).toEqual({});
  });
});

describe('masks', () => {
  it('keeps the first 3 and last 4 digits of a mobile, and the separators of a landline', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('010-12345678')).toBe('010-****5678');
    expect(maskPhone('12345')).toBe('***45');
  });

  it('masks only the fields that say so, without touching the record', () => {
    const record = { customer_phone: '13912345678', customer_name: '张三' };
    expect(maskForListing(serviceTickets, record)).toEqual({ customer_phone: '139****5678', customer_name: '张三' });
    expect(record.customer_phone).toBe('13912345678');
  });
});

describe('registry checks of the new words', () => {
  const base = (fields: Record<string, FieldDefinition>) =>
    defineResource({
      name: 'things',
      table: 'things',
      label: { en: 'Things', zh: '东西' },
      labelSingular: { en: 'Thing', zh: '东西' },
      department: 'operations',
      fields: { title: { type: 'string', label: { en: 'Title', zh: '标题' } }, ...fields },
      recordRepresentation: 'title',
      listColumns: ['title'],
      filters: [],
      search: [],
      defaultSort: { field: 'id', order: 'ASC' },
      access: { admin: { actions: ['list'] } },
    });
  const label = { en: 'X', zh: 'X' };

  it('refuses a stamp on a field without a workflow, a masked number and a referenceWhere on unknown fields', () => {
    expect(() => createRegistry([base({ done_at: { type: 'datetime', label, stamp: { field: 'title', states: ['done'] } } })])).toThrow(/stamp names unknown workflow/);
    expect(() => createRegistry([base({ code: { type: 'integer', label, masked: 'phone' } })])).toThrow(/only strings can be masked/);
    expect(() => createRegistry([base({ code: { type: 'string', label, duration: 'minutes' } })])).toThrow(/only integers can be durations/);
    expect(() => createRegistry([base({ code: { type: 'integer', label, duration: 'minutes' } })])).not.toThrow();
    expect(() => createRegistry([base({ other_id: { type: 'reference', reference: 'things', label, referenceWhere: { colour: 'red' } } })])).toThrow(
      /referenceWhere names unknown fields/,
    );
  });
});

describe('masked fields on dashboards', () => {
  it('refuses a breakdown grouped by a masked field, whose keys would go out whole', () => {
    const problems = dashboardProblems(
      {
        name: 'phones',
        label: { en: 'Phones', zh: '电话' },
        roles: ['service_lead'],
        widgets: [
          {
            kind: 'breakdown',
            id: 'by_phone',
            label: { en: 'By phone', zh: '按电话' },
            resource: 'service_tickets',
            groupBy: 'customer_phone',
            measures: [{ id: 'n', label: { en: 'Tickets', zh: '工单' }, fn: 'count' }],
            chart: 'table',
          },
        ],
      },
      createRegistry(resources),
    );
    expect(problems.join('\n')).toMatch(/cannot group by "customer_phone": it is masked/);
  });
});
