/**
 * Money travels as integer fen and rates as integer basis points; people type yuan and percent.
 * Both are "hundredths": the amount typed with up to two decimals, times 100. The conversion
 * works on the digits of the text, never through a float, so '19.99' is exactly 1999 and
 * '0.29' is 29 (0.29 * 100 is 28.999999999999996 in floating point).
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d{0,2}))?$/;

/**
 * Text with at most two decimals → integer hundredths. Empty text → null (no value);
 * anything else that is not such a number → NaN, which the input's validator reports.
 * Thousands separators and spaces are tolerated, as people paste "1,234.50".
 */
export function parseHundredths(text: string): number | null {
  const cleaned = text.replace(/[\s,，¥%]/g, '');
  if (cleaned === '') return null;
  const match = DECIMAL.exec(cleaned);
  if (!match || (match[2] === '' && !match[3])) return Number.NaN;
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return Number.NaN;
  return sign === '-' && value !== 0 ? -value : value;
}

/** Integer hundredths → plain text with exactly two decimals ("1234.50"), for an input. */
export function formatHundredths(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const { sign, whole, fraction } = splitHundredths(value);
  return `${sign}${whole}.${fraction}`;
}

/** Integer hundredths → "1,234.50" with the locale's grouping, for display. */
export function displayHundredths(value: number, locale = 'en'): string {
  const { sign, whole, fraction } = splitHundredths(value);
  return `${sign}${new Intl.NumberFormat(locale).format(whole)}.${fraction}`;
}

function splitHundredths(value: number): { sign: string; whole: number; fraction: string } {
  const rounded = Math.round(value);
  const absolute = Math.abs(rounded);
  return {
    sign: rounded < 0 ? '-' : '',
    whole: Math.floor(absolute / 100),
    fraction: String(absolute % 100).padStart(2, '0'),
  };
}

/** Yuan as typed → integer fen. */
export const yuanToFen = parseHundredths;
/** Integer fen → yuan for an input ("19.99"). */
export const fenToYuan = formatHundredths;
/** Percent as typed → integer basis points (10000 = 100%). */
export const percentToBasisPoints = parseHundredths;
/** Integer basis points → percent for an input ("12.50"). */
export const basisPointsToPercent = formatHundredths;

/** "¥1,234.50" */
export function displayMoney(fen: number, locale?: string): string {
  return fen < 0 ? `-¥${displayHundredths(-fen, locale)}` : `¥${displayHundredths(fen, locale)}`;
}

/** "12.50%" */
export function displayPercent(basisPoints: number, locale?: string): string {
  return `${displayHundredths(basisPoints, locale)}%`;
}
