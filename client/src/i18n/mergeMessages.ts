/** Message trees merged leaf by leaf: each later tree's words replace the earlier's, the rest stay. */
type Tree = { [key: string]: string | Tree };

export function mergeMessages<T extends object>(base: T, ...extras: object[]): T {
  const merged: Tree = { ...(base as Tree) };
  for (const extra of extras) {
    for (const [key, value] of Object.entries(extra as Tree)) {
      const current = merged[key];
      merged[key] = typeof value === 'object' && typeof current === 'object' ? mergeMessages(current, value) : value;
    }
  }
  return merged as T;
}
