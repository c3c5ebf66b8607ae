import { usePermissions, useResourceContext } from 'react-admin';
import type { AppSchema, ResourceSchema } from './types.ts';

/**
 * The schema of the signed-in role. The authProvider returns it as the "permissions", so it is
 * already in react-query's cache by the time any resource page renders.
 */
export function useAppSchema(): AppSchema | undefined {
  return usePermissions<AppSchema | undefined>().permissions;
}

/** The schema of a resource, by default the one of the surrounding ResourceContext. */
export function useResourceSchema(name?: string): ResourceSchema | undefined {
  const contextResource = useResourceContext();
  const schema = useAppSchema();
  return findResource(schema, name ?? contextResource);
}

export function findResource(schema: AppSchema | undefined, name: string | undefined): ResourceSchema | undefined {
  return schema?.resources.find((resource) => resource.name === name);
}
