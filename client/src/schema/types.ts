/**
 * The schema types the server sends from `GET /api/schema`. Type-only imports: nothing from
 * server/ is bundled into the client.
 */
export type {
  AppSchema,
  DepartmentSchema,
  FieldSchema,
  Locale,
  LookupSchema,
  Preferences,
  ResourceSchema,
  SessionUser,
  Theme,
} from '../../../server/engine/schema.ts';
export type { Action, Choice, FieldType, Label } from '../../../server/engine/definition.ts';
