import { describe, expect, it } from 'vitest';
import {
  basisPointsToPercent,
  displayMoney,
  displayPercent,
  fenToYuan,
  percentToBasisPoints,
  yuanToFen,
} from '../../client/src/inputs/hundredths.ts';

describe('yuan ↔ fen', () => {
  it('parses yuan to integer fen exactly', () => {
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 === 28.999999999999996
    expect(yuanToFen('1.005'.slice(0, 4))).toBe(100);
    expect(yuanToFen('4.35')).toBe(435); // 4.35 * 100 === 434.99999999999994
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('.5')).toBe(50);
    expect(yuanToFen('19.')).toBe(1900);
    expect(yuanToFen('1,234.50')).toBe(123450);
    expect(yuanToFen(' ¥ 12 ')).toBe(1200);
    expect(yuanToFen('-3.2')).toBe(-320);
    expect(yuanToFen('1000000')).toBe(100_000_000);
    expect(Number.isInteger(yuanToFen('0.3'))).toBe(true);
  });

  it('reports empty text as no value and anything else as not a number', () => {
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('   ')).toBeNull();
    expect(yuanToFen('1.234')).toBeNaN();
    expect(yuanToFen('abc')).toBeNaN();
    expect(yuanToFen('.')).toBeNaN();
    expect(yuanToFen('1e3')).toBeNaN();
    expect(yuanToFen('99999999999999999')).toBeNaN();
  });

  it('formats fen for an input and for display', () => {
    expect(fenToYuan(1999)).toBe('19.99');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(-320)).toBe('-3.20');
    expect(fenToYuan(null)).toBe('');
    expect(displayMoney(123450)).toBe('¥1,234.50');
    expect(displayMoney(-5)).toBe('-¥0.05');
  });

  it('round-trips every amount', () => {
    for (let fen = -1000; fen <= 100_000; fen += 7) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});

describe('percent ↔ basis points', () => {
  it('converts exactly', () => {
    expect(percentToBasisPoints('12.5')).toBe(1250);
    expect(percentToBasisPoints('100')).toBe(10000);
    expect(percentToBasisPoints('0.07')).toBe(7);
    expect(basisPointsToPercent(3520)).toBe('35.20');
    expect(displayPercent(3520)).toBe('35.20%');
  });
});
