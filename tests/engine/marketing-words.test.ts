/**
 * The registry's checks of the words `uniqueTogether` and `copiedFrom`, and the integer
 * arithmetic the marketing figures are computed with.
 */
import { describe, expect, it } from 'vitest';
import { defineResource, isServerManaged, type FieldDefinition, type ResourceDefinition } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { amountPer, ratioInBasisPoints, shareOfAmount } from '../../server/resources/shared/figure-arithmetic.ts';

const label = { en: 'x', zh: 'x' };

const partners = defineResource({
  name: 'partners',
  table: 'partners',
  label,
  labelSingular: label,
  department: 'marketing',
  fields: { name: { type: 'string', label }, fee_rate: { type: 'basis_points', label } },
  recordRepresentation: 'name',
  listColumns: ['name'],
  filters: [],
  search: [],
  defaultSort: { field: 'id', order: 'ASC' },
  access: { admin: { actions: ['list'] } },
});

function volumes(fields: Record<string, FieldDefinition>, extra: Partial<ResourceDefinition> = {}): ResourceDefinition {
  return defineResource({
    ...partners,
    name: 'volumes',
    table: 'volumes',
    fields: {
      partner_id: { type: 'reference', reference: 'partners', label },
      month: { type: 'date', label },
      name: { type: 'string', label },
      ...fields,
    },
    ...extra,
  });
}

const problemsOf = (def: ResourceDefinition) => {
  try {
    createRegistry([partners, def]);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('uniqueTogether', () => {
  it('accepts two or more fields of the record', () => {
    expect(problemsOf(volumes({}, { uniqueTogether: [['partner_id', 'month']] }))).toBe('');
  });

  it.each([
    [[['partner_id', 'monthh']], /uniqueTogether names unknown fields "monthh"/],
    [[['partner_id', 'created_at']], /uniqueTogether names unknown fields "created_at"/],
    [[['month']], /uniqueTogether needs two or more distinct fields/],
    [[['month', 'month']], /uniqueTogether needs two or more distinct fields/],
  ])('refuses %j', (uniqueTogether, message) => {
    expect(problemsOf(volumes({}, { uniqueTogether }))).toMatch(message);
  });
});

describe('copiedFrom', () => {
  it('accepts a field of the same type on the referenced resource, and makes the field server-managed', () => {
    const fee_rate: FieldDefinition = { type: 'basis_points', label, copiedFrom: { reference: 'partner_id', field: 'fee_rate' } };
    expect(problemsOf(volumes({ fee_rate }))).toBe('');
    expect(isServerManaged(fee_rate)).toBe(true);
  });

  it.each([
    [{ reference: 'month', field: 'fee_rate' }, 'basis_points', /copiedFrom "month" is not a reference field/],
    [{ reference: 'nothing', field: 'fee_rate' }, 'basis_points', /copiedFrom "nothing" is not a reference field/],
    [{ reference: 'partner_id', field: 'fee' }, 'basis_points', /copiedFrom names unknown field "partners.fee"/],
    [{ reference: 'partner_id', field: 'fee_rate' }, 'money', /copiedFrom "partners.fee_rate" is a basis_points/],
  ] as const)('refuses %j into a %s field', (copiedFrom, type, message) => {
    expect(problemsOf(volumes({ fee_rate: { type, label, copiedFrom } }))).toMatch(message);
  });
});

describe('figures arithmetic', () => {
  it('gives ratios in basis points, rounded half up, and null for a zero divisor', () => {
    expect(ratioInBasisPoints(350_000, 100_000)).toBe(35_000);
    expect(ratioInBasisPoints(1, 3)).toBe(3_333);
    expect(ratioInBasisPoints(2, 3)).toBe(6_667);
    expect(ratioInBasisPoints(1, 20_000)).toBe(1); // 0.5 bp rounds up
    expect(ratioInBasisPoints(0, 5)).toBe(0);
    expect(ratioInBasisPoints(5, 0)).toBeNull();
    expect(ratioInBasisPoints(null, 5)).toBeNull();
  });

  it('shares an amount per unit and takes a rate of an amount exactly, to the fen', () => {
    expect(amountPer(100_000, 37)).toBe(2_703);
    expect(amountPer(100_000, 0)).toBeNull();
    expect(shareOfAmount(1_234_567, 60)).toBe(7_407);
    expect(shareOfAmount(300, 50)).toBe(2);
    // A float product would lose the last digits here; BigInt does not.
    const amount = Number.MAX_SAFE_INTEGER;
    expect(BigInt(shareOfAmount(amount, 9_999)!)).toBe((2n * BigInt(amount) * 9_999n + 10_000n) / 20_000n);
  });
});
