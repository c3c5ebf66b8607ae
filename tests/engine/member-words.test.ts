/**
 * The words added for members, points and after-sales: the registry refuses each one misused,
 * and their pure rules (ranks, ages in the shop's days, rollups with where/max, steps by kind,
 * role masks and choices) answer as the definitions rely on.
 */
import { describe, expect, it } from 'vitest';
import { ageRanges, ageState } from '../../server/engine/ages-from.ts';
import { canQueryField, fieldMode } from '../../server/engine/access.ts';
import { defineResource, type FieldDefinition, type ResourceDefinition, type RoleAccess } from '../../server/engine/definition.ts';
import { maskChangesForRole, maskForRole } from '../../server/engine/masking.ts';
import { rankFor } from '../../server/engine/rank-by.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { roleChoiceErrors } from '../../server/engine/role-choices.ts';
import { rollupValue } from '../../server/engine/rollups.ts';
import { narrowSteps } from '../../server/engine/steps-by.ts';

const label = { en: 'x', zh: 'x' };
const base = { label, labelSingular: label, department: 'marketing' as const, recordRepresentation: 'name', listColumns: ['name'], filters: [], search: [], defaultSort: { field: 'id', order: 'ASC' as const } };

const tiers = defineResource({
  ...base,
  name: 'tiers',
  table: 'tiers',
  fields: { name: { type: 'string', label }, min_points: { type: 'integer', label }, rate: { type: 'integer', label } },
  access: { admin: { actions: ['list'] } },
});
const entries = (fields: Record<string, FieldDefinition> = {}) =>
  defineResource({
    ...base,
    name: 'entries',
    table: 'entries',
    fields: {
      name: { type: 'string', label },
      member_id: { type: 'reference', reference: 'members', label },
      change: { type: 'integer', label },
      reason: { type: 'enum', label, choices: [{ id: 'order', label }, { id: 'manual', label }] },
      ...fields,
    },
    access: { admin: { actions: ['list'] } },
  });
const members = (fields: Record<string, FieldDefinition> = {}, access: Record<string, RoleAccess> = { admin: { actions: ['list'] } }) =>
  defineResource({
    ...base,
    name: 'members',
    table: 'members',
    fields: {
      name: { type: 'string', label },
      phone: { type: 'string', label, maskAs: 'phone' },
      joined_at: { type: 'datetime', label },
      last_at: { type: 'datetime', label },
      tier_id: { type: 'reference', reference: 'tiers', label, rankBy: { by: 'points', threshold: 'min_points' } },
      points: { type: 'integer', label, rollup: { resource: 'entries', foreignKey: 'member_id', value: (e) => Number(e.change) } },
      kind: { type: 'enum', label, choices: [{ id: 'a', label }, { id: 'b', label }] },
      state: {
        type: 'enum',
        label,
        default: 'one',
        choices: [{ id: 'one', label }, { id: 'two', label }, { id: 'three', label }],
        transitions: { one: ['two'], two: ['three'] },
      },
      ...fields,
    },
    access,
  });

const problemsOf = (...defs: ResourceDefinition[]) => {
  try {
    createRegistry([tiers, ...defs]);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('registry checks', () => {
  it('accepts the words used well', () => {
    expect(problemsOf(members(), entries())).toBe('');
  });

  it('rollup: where on known child fields, max of a child field of the same type', () => {
    expect(problemsOf(members({ n: { type: 'integer', label, rollup: { resource: 'entries', foreignKey: 'member_id', where: { nope: 'x' }, value: () => 1 } } }), entries())).toMatch(/where names unknown field "nope"/);
    expect(problemsOf(members({ last: { type: 'datetime', label, rollup: { resource: 'entries', foreignKey: 'member_id', aggregate: 'max', of: 'change' } } }), entries())).toMatch(/max needs a child field "of" of type datetime/);
    expect(problemsOf(members({ n: { type: 'integer', label, rollup: { resource: 'entries', foreignKey: 'member_id', where: { reason: { user: 'id' } } as never, value: () => 1 } } }), entries())).toMatch(/signed-in user/);
  });

  it('rankBy: a reference ranked by numbers on both sides', () => {
    expect(problemsOf(members({ tier_id: { type: 'reference', reference: 'tiers', label, rankBy: { by: 'name', threshold: 'min_points' } } }), entries())).toMatch(/"name" is not a number of members/);
    expect(problemsOf(members({ tier_id: { type: 'reference', reference: 'tiers', label, rankBy: { by: 'points', threshold: 'nope' } } }), entries())).toMatch(/"nope" is not a number of tiers/);
  });

  it('agesFrom: date-times, ascending whole days from 0, states among the choices', () => {
    const states = [{ state: 'one', fromDays: 0 }, { state: 'two', fromDays: 90 }];
    const aged = (word: object, type: FieldDefinition['type'] = 'enum') =>
      members({ activity: { type, label, choices: [{ id: 'one', label }, { id: 'two', label }], agesFrom: { field: 'last_at', states, ...word } as never } });
    expect(problemsOf(aged({}), entries())).toBe('');
    expect(problemsOf(aged({ field: 'name' }), entries())).toMatch(/"name" is not a date-time/);
    expect(problemsOf(aged({ states: [{ state: 'one', fromDays: 5 }] }), entries())).toMatch(/ascending from 0/);
    expect(problemsOf(aged({ states: [{ state: 'one', fromDays: 0 }, { state: 'two', fromDays: 0 }] }), entries())).toMatch(/ascending from 0/);
    expect(problemsOf(aged({ states: [{ state: 'one', fromDays: 0 }, { state: 'gone', fromDays: 9 }] }), entries())).toMatch(/"gone" is not a choice/);
  });

  it('maxFrom: numeric paths that exist, a reference to share', () => {
    expect(problemsOf(members(), entries({ n: { type: 'integer', label, maxFrom: { lookups: { p: 'member_id.tier_id.rate' }, max: () => 1 } } }))).toBe('');
    expect(problemsOf(members(), entries({ n: { type: 'integer', label, maxFrom: { lookups: { p: 'member_id.nope' }, max: () => 1 } } }))).toMatch(/names no field "nope"/);
    expect(problemsOf(members(), entries({ n: { type: 'integer', label, maxFrom: { lookups: { p: 'change.x' }, max: () => 1 } } }))).toMatch(/"change" is not a reference/);
    expect(problemsOf(members(), entries({ n: { type: 'integer', label, maxFrom: { others: { sum: 'change', sameAs: 'name' }, max: () => 1 } } }))).toMatch(/others needs/);
  });

  it('keepsAtLeast: the parent field must be a rollup over this resource', () => {
    expect(problemsOf(members(), entries({ n: { type: 'integer', label, keepsAtLeast: { reference: 'member_id', field: 'points', min: 0 } } }))).toBe('');
    expect(problemsOf(members(), entries({ n: { type: 'integer', label, keepsAtLeast: { reference: 'member_id', field: 'name', min: 0 } } }))).toMatch(/no rollup over entries/);
  });

  it('stepsBy: an enum to go by and steps among the states', () => {
    const by = (word: object) => members({ state: { ...members().fields.state, stepsBy: word as never } });
    expect(problemsOf(by({ field: 'kind', transitions: { a: { one: ['three'] } } }), entries())).toBe('');
    expect(problemsOf(by({ field: 'name', transitions: {} }), entries())).toMatch(/"name" is not an enum/);
    expect(problemsOf(by({ field: 'kind', transitions: { z: { one: ['two'] } } }), entries())).toMatch(/"z" is not a choice of kind/);
    expect(problemsOf(by({ field: 'kind', transitions: { a: { one: ['nowhere'] } } }), entries())).toMatch(/name unknown states/);
  });

  it('onEnter createRecord and addTo: known resources, paths and read-only store fields', () => {
    const effect = (onEnter: object, extra: Record<string, FieldDefinition> = {}) => members({ state: { ...members().fields.state, onEnter: onEnter as never }, ...extra });
    const values = () => ({ member_id: 1, change: 1 });
    expect(problemsOf(effect({ two: { createRecord: { resource: 'entries', values, lookups: { r: 'tier_id.rate' } } } }), entries())).toBe('');
    expect(problemsOf(effect({ two: { createRecord: { resource: 'nope', values } } }), entries())).toMatch(/unknown resource "nope"/);
    expect(problemsOf(effect({ two: { createRecord: { resource: 'entries', values, storeOn: { name: 'change' } } } }), entries())).toMatch(/storeOn needs a read-only "name"/);
    expect(problemsOf(effect({ gone: { createRecord: { resource: 'entries', values } } }), entries())).toMatch(/"gone" is not a choice/);
    expect(problemsOf(effect({ two: { addTo: { amount: 'points', to: 'tier_id.rate' } } }), entries())).toBe('');
    expect(problemsOf(effect({ two: { addTo: { amount: 'points', to: 'tier_id.name' } } }), entries())).toMatch(/addTo needs a path to an integer/);
    expect(problemsOf(effect({ two: { addTo: { amount: 'points', to: 'tier_id.rate', when: { colour: 'red' } } } }), entries())).toMatch(/addTo when names unknown field "colour"/);
  });

  it('role masks need a string with maskAs; role choices name the enum\'s choices', () => {
    expect(problemsOf(members({}, { marketing: { actions: ['list'], masked: ['name'] } }), entries())).toMatch(/masks "name", which is no string with maskAs/);
    expect(problemsOf(members({}, { marketing: { actions: ['list'], choices: { kind: ['z'] } } }), entries())).toMatch(/choices for "kind" must name choices/);
  });
});

describe('rules', () => {
  it('rankFor: the highest threshold reached, none below every rank', () => {
    const ranks = [{ id: 1, threshold: 0 }, { id: 2, threshold: 1000 }, { id: 3, threshold: 5000 }];
    expect([0, 999, 1000, 4999, 5000, 10 ** 9].map((points) => rankFor(points, ranks))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(rankFor(-50, ranks)).toBeNull();
    expect(rankFor(10, [])).toBeNull();
  });

  it('ages count the shop\'s business days, not hours', () => {
    const word = { field: 'last', orElse: 'joined', states: [{ state: 'active', fromDays: 0 }, { state: 'dormant', fromDays: 90 }, { state: 'churned', fromDays: 365 }] };
    const now = new Date('2026-12-05T01:00:00.000Z'); // 09:00 on 12-05 in Shanghai
    const at = (last: string | null, joined: string | null = null) => ageState(word, { last, joined }, now, 'Asia/Shanghai');
    expect(at('2026-09-06T16:30:00.000Z')).toBe('active'); // 09-07 00:30 Shanghai: 89 days
    expect(at('2026-09-06T15:30:00.000Z')).toBe('dormant'); // 09-06 23:30 Shanghai: 90 days
    expect(at('2025-12-06T15:59:00.000Z')).toBe('dormant'); // 2025-12-06 23:59 Shanghai: 364 days
    expect(at('2025-12-05T15:59:00.000Z')).toBe('churned'); // 2025-12-05 23:59 Shanghai: 365 days
    expect(at(null, '2024-01-01T00:00:00.000Z')).toBe('churned');
    expect(at(null, null)).toBe('active');
    // In UTC the same instants fall on other days.
    expect(ageState(word, { last: '2026-09-06T16:30:00.000Z' }, now, 'UTC')).toBe('dormant');
    const ranges = ageRanges(word, now, 'Asia/Shanghai');
    expect(ranges).toEqual([
      { state: 'active', from: '2026-09-06T16:00:00.000Z' },
      { state: 'dormant', from: '2025-12-05T16:00:00.000Z', before: '2026-09-06T16:00:00.000Z' },
      { state: 'churned', before: '2025-12-05T16:00:00.000Z' },
    ]);
  });

  it('rollups: sum over matching children, max of a field, empty when none counts', () => {
    const children = [
      { status: 'paid', total: 100, at: '2026-01-01T00:00:00.000Z' },
      { status: 'cancelled', total: 999, at: '2026-12-01T00:00:00.000Z' },
      { status: 'paid', total: 50, at: '2026-03-01T00:00:00.000Z' },
    ];
    const where = { status: ['paid'] };
    expect(rollupValue({ resource: 'o', foreignKey: 'm', where, value: (c) => Number(c.total) }, children)).toBe(150);
    expect(rollupValue({ resource: 'o', foreignKey: 'm', where, aggregate: 'max', of: 'at' }, children)).toBe('2026-03-01T00:00:00.000Z');
    expect(rollupValue({ resource: 'o', foreignKey: 'm', where: { status: 'none' }, aggregate: 'max', of: 'at' }, children)).toBeNull();
  });

  it('steps by kind replace the field\'s steps; a role\'s steps narrow them', () => {
    const field: FieldDefinition = {
      type: 'enum',
      label,
      transitions: { requested: ['approved'], approved: ['received'], received: ['refunded'] },
      stepsBy: { field: 'kind', transitions: { refund_only: { requested: ['approved'], approved: ['refunded'] } } },
    };
    const all = field.transitions!;
    expect(narrowSteps(field, all, undefined, { kind: 'refund_only' }).approved).toEqual(['refunded']);
    expect(narrowSteps(field, all, undefined, { kind: 'return' }).approved).toEqual(['received']);
    expect(narrowSteps(field, all, { approved: ['received'] }, { kind: 'refund_only' }).approved).toEqual([]);
  });

  it('role masks: shown in part, in history too, never queried nor written', () => {
    const def = members({}, { admin: { actions: ['list', 'edit'] }, marketing: { actions: ['list', 'edit'], masked: ['phone'] } });
    expect(maskForRole(def, 'marketing', { phone: '13812345678', name: 'a' })).toEqual({ phone: '138****5678', name: 'a' });
    expect(maskForRole(def, 'admin', { phone: '13812345678' })).toEqual({ phone: '13812345678' });
    expect(maskChangesForRole(def, 'marketing', { phone: { from: '13812345678', to: '13900001111' } })).toEqual({ phone: { from: '138****5678', to: '139****1111' } });
    expect([canQueryField(def, 'marketing', 'phone'), canQueryField(def, 'admin', 'phone')]).toEqual([false, true]);
    expect([fieldMode(def, 'marketing', 'phone'), fieldMode(def, 'admin', 'phone')]).toEqual(['readonly', 'writable']);
  });

  it('role choices: only the listed values', () => {
    const def = members({}, { marketing: { actions: ['list', 'create'], choices: { kind: ['a'] } } });
    expect(roleChoiceErrors(def, 'marketing', { kind: 'a' })).toEqual({});
    expect(roleChoiceErrors(def, 'marketing', { kind: 'b' })).toHaveProperty('kind');
    expect(roleChoiceErrors(def, 'admin', { kind: 'b' })).toEqual({});
  });
});
