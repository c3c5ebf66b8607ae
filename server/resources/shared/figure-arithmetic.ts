/**
 * Pieces the marketing figures share: the month a row stands for, ratios in basis points and
 * amounts per unit computed with integer arithmetic only, and rules between counts of a funnel
 * (delivered <= sent, ...). Pure; used by definitions through the `check` and `computed` words.
 */
import { columnBounds, type FieldDefinition, type Label } from '../../engine/definition.ts';
import { msg } from '../../engine/messages/message.ts';

type FieldCheck = NonNullable<FieldDefinition['check']>;
type Figures = Record<string, unknown>;

const BASIS = 10_000n;
/** The largest rate a basis-points column holds (32-bit): 214,748x. */
const MAX_BASIS_POINTS = columnBounds('basis_points')[1];

/** n / d rounded half up, for n >= 0 and d > 0, exact at any size. */
function divideRounded(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** numerator / denominator in basis points (10000 = 100%); null when the denominator is 0 or unknown. */
export function ratioInBasisPoints(numerator: unknown, denominator: unknown): number | null {
  if (!isCount(numerator) || !isCount(denominator) || denominator <= 0) return null;
  return Number(divideRounded(BigInt(numerator) * BASIS, BigInt(denominator)));
}

/** An amount in fen shared over a count (cost per order), rounded to the fen; null when the count is 0. */
export function amountPer(amount: unknown, count: unknown): number | null {
  if (!isCount(amount) || !isCount(count) || count <= 0) return null;
  return Number(divideRounded(BigInt(amount), BigInt(count)));
}

/** `rate` basis points of an amount in fen (a fee), rounded half up to the fen. */
export function shareOfAmount(amount: unknown, rate: unknown): number | null {
  if (!isCount(amount) || !isCount(rate)) return null;
  return Number(divideRounded(BigInt(amount) * BigInt(rate), BASIS));
}

/** The month a monthly row stands for: a date on the first day of that month. */
export const month: FieldDefinition = {
  type: 'date',
  label: { en: 'Month', zh: '月份' },
  required: true,
  check: (value) => (typeof value === 'string' && value.endsWith('-01') ? undefined : msg('figures.firstOfMonth')),
};

/**
 * Rules between two fields of a record. `check` runs for the fields a write changes, so each
 * rule is stated on both of its fields: lowering `sent` under `delivered` is refused on `sent`,
 * raising `delivered` over `sent` on `delivered`.
 */
export function atMost(other: string, otherLabel: Label): FieldCheck {
  return (value, record) =>
    isCount(value) && isCount(record[other]) && value > record[other] ? msg('figures.atMostOther', { other: otherLabel, value: record[other] }) : undefined;
}

export function atLeast(other: string, otherLabel: Label): FieldCheck {
  return (value, record) =>
    isCount(value) && isCount(record[other]) && value < record[other] ? msg('figures.atLeastOther', { other: otherLabel, value: record[other] }) : undefined;
}

/** A rate computed from `numerator` / `denominator` must fit its column; stated on both fields. */
export function rateFits(numerator: string, denominator: string, rateLabel: Label): FieldCheck {
  return (_value, record: Figures) => {
    const rate = ratioInBasisPoints(record[numerator], record[denominator]);
    return rate !== null && rate > MAX_BASIS_POINTS ? msg('figures.rateTooHigh', { rate: rateLabel, times: Math.floor(MAX_BASIS_POINTS / 10_000) }) : undefined;
  };
}

/** The first rule that fails, of several on one field. */
export function allOf(...checks: FieldCheck[]): FieldCheck {
  return (value, record) => {
    for (const check of checks) {
      const problem = check(value, record);
      if (problem) return problem;
    }
    return undefined;
  };
}
