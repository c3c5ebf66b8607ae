/**
 * A resource's trash is listed through the data provider as the resource "<name>/trash": the
 * API serves it at /api/<name>/trash in the same list protocol. The page lives at /<name>/trash.
 */
export const TRASH_PATH = 'trash';

export const trashResource = (resource: string) => `${resource}/${TRASH_PATH}`;

/** "products/trash" → "products"; anything else → undefined. */
export function trashOf(resource: string): string | undefined {
  const suffix = `/${TRASH_PATH}`;
  return resource.endsWith(suffix) ? resource.slice(0, -suffix.length) : undefined;
}
