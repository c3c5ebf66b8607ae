/**
 * Category names on charts, measured so they are not clipped: Chinese characters take about
 * twice the width of Latin ones. Long names run sideways (horizontal bars) with an axis wide
 * enough for them, up to a limit beyond which a name is cut with "…" (the tooltip names it whole).
 */

/** Width of a name in "Latin characters": a CJK or full-width character counts two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/** Longest a tick label may be, in Latin characters, before it is cut. */
export const MAX_LABEL_WIDTH = 24;

export function truncateLabel(text: string, max = MAX_LABEL_WIDTH): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}`) > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** Bars with names this wide (or this many bars) run sideways, names on the left. */
export function barsRunSideways(names: readonly string[], groupType: string): boolean {
  if (['reference', 'string'].includes(groupType)) return true;
  return names.length > 6 || names.some((name) => textWidth(name) > 10);
}

/** Pixels the category axis needs for the names shown (about 7 px a Latin character at 12 px). */
export function categoryAxisWidth(names: readonly string[]): number {
  const widest = Math.max(0, ...names.map((name) => textWidth(truncateLabel(name))));
  return Math.min(200, Math.max(48, Math.ceil(widest * 7) + 16));
}
