/**
 * A figure against the same figure over the previous period: the change in percent and its
 * direction, and whether that is good news for this measure (`better` of the widget). Careful
 * with zero: from nothing to something has no percentage, and nothing to nothing is no change.
 */
export interface Change {
  direction: 'up' | 'down' | 'none';
  /** The change in percent of the previous value; absent when the previous value is 0. */
  percent?: number;
  /** Good or bad news, when the widget says which way is better; neutral otherwise. */
  tone: 'good' | 'bad' | 'neutral';
}

export function compare(value: number | null | undefined, previous: number | null | undefined, better?: 'higher' | 'lower'): Change | undefined {
  if (value === null || value === undefined || previous === null || previous === undefined) return undefined;
  const direction = value > previous ? 'up' : value < previous ? 'down' : 'none';
  const percent = previous === 0 ? undefined : ((value - previous) / Math.abs(previous)) * 100;
  let tone: Change['tone'] = 'neutral';
  if (better && direction !== 'none') tone = (direction === 'up') === (better === 'higher') ? 'good' : 'bad';
  return { direction, ...(percent === undefined ? {} : { percent }), tone };
}
