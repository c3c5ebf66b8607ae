/**
 * A CSV cell may give a reference by the referenced record's name (its `recordRepresentation`,
 * or its name in either language, `recordRepresentationIn`) as well as by its id: "宁波杯业" in
 * the supplier column. Names are looked up among the records the role may read; a name no record
 * has is left for validation to refuse, a name several records share is an error naming the row.
 */
import type { ImportProblem } from '../engine/api-types.ts';
import { allFields, canQueryField } from '../engine/access.ts';
import { columnOf, type ResourceDefinition } from '../engine/definition.ts';
import type { RecordContext, Row } from './context.ts';
import { readableQuery } from './reading.ts';
import { forEachSlice } from './slices.ts';
import { canReach } from '../engine/schema.ts';
import { msg } from '../engine/messages/message.ts';

const CHUNK = 400;

export async function resolveReferenceNames(ctx: RecordContext, def: ResourceDefinition, bodies: Row[], report: (problem: ImportProblem) => void): Promise<void> {
  for (const [name, field] of Object.entries(allFields(def))) {
    const target = field.type === 'reference' ? ctx.registry.find(field.reference ?? '') : undefined;
    if (!target || !canReach(target, ctx.user.role)) continue;
    const names = [...new Set(bodies.map((body) => body[name]).filter((value): value is string => typeof value === 'string'))];
    if (!names.length) continue;
    const ids = await idsByName(ctx, target, names);
    bodies.forEach((body, index) => {
      const found = typeof body[name] === 'string' ? ids.get(body[name] as string) : undefined;
      if (!found) return;
      if (found.length === 1) body[name] = found[0];
      else report({ row: index + 1, field: name, message: msg('import.ambiguousName', { value: String(body[name]), count: found.length, resource: target.label }) });
    });
  }
}

/** The ids of the live records each name names, by every naming field the role may read (a chunk of names per query, the event loop let go between). */
async function idsByName(ctx: RecordContext, target: ResourceDefinition, names: string[]): Promise<Map<string, number[]>> {
  const fields = allFields(target);
  const naming = [...new Set([target.recordRepresentation, ...Object.values(target.recordRepresentationIn ?? {})])].filter(
    (field) => field !== 'id' && fields[field] && canQueryField(target, ctx.user.role, field),
  );
  const found = new Map<string, Set<number>>();
  for (const field of naming) {
    const column = `${target.table}.${columnOf(field, fields[field])}`;
    await forEachSlice(names, async (chunk) => {
      const rows: Row[] = await readableQuery(ctx.db, target, ctx).whereIn(column, chunk).select(`${target.table}.id`, `${column} as name`);
      for (const row of rows) found.set(String(row.name), (found.get(String(row.name)) ?? new Set()).add(Number(row.id)));
    }, CHUNK);
  }
  return new Map([...found].map(([name, ids]) => [name, [...ids]]));
}
