import { useAppSchema } from '../schema/useAppSchema.ts';

/**
 * The shop's zone from the schema. Screens render only once the schema has loaded; until then
 * (and in a schema of an older server) the server's own default.
 */
export function useShopTimeZone(): string {
  return useAppSchema()?.timeZone ?? 'Asia/Shanghai';
}
