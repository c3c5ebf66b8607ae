/**
 * Long work (an import, a bulk change, an export) in bounded slices: after each slice the event
 * loop is let go (setImmediate runs after pending I/O), so other users' requests are answered
 * between slices instead of waiting for the whole file. On SQLite the driver is synchronous, so
 * an `await` alone never lets go: only these yields do.
 */

/** Rows per slice: a few milliseconds of checking each, so a waiting request waits no longer. */
export const ROWS_PER_SLICE = 250;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs `work` on each item in order, letting the event loop go after every `size` items. */
export async function forEachInSlices<T>(
  items: Iterable<T>,
  work: (item: T, index: number) => void | Promise<void>,
  size = ROWS_PER_SLICE,
): Promise<void> {
  let index = 0;
  for (const item of items) {
    if (index > 0 && index % size === 0) await yieldToEventLoop();
    await work(item, index++);
  }
}

/** `items` cut into consecutive slices of `size`. */
export function slicesOf<T>(items: readonly T[], size = ROWS_PER_SLICE): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}
