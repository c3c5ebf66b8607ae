/**
 * The permission matrix (tests/helpers/permission-matrix.ts, tests/api/permissions.test.ts)
 * covers every resource of the registry: a resource added without rows there fails here, so no
 * resource escapes the role-by-action check over HTTP. Resources still waiting for their rows are
 * named below, so the gap is written down rather than silent; the list may only shrink.
 */
import { describe, expect, it } from 'vitest';
import { resources } from '../../server/resources/index.ts';
import { FIELDS } from '../helpers/permission-matrix.ts';

/**
 * Without rows yet (issue 13's "Who does what" for the retail and service desk resources;
 * saved views and the audit log have their own tests: saved-views.test.ts, audit-log.test.ts;
 * the model screens have theirs: runtime-permissions.test.ts).
 */
const AWAITING_ROWS = [
  'audit_log',
  'saved_views',
  'schema_fields',
  'schema_resources',
];

describe('the permission matrix', () => {
  const registered = resources.map((def) => def.name);
  const covered = Object.keys(FIELDS);

  it('has rows for every resource of the registry, but those named as awaiting them', () => {
    expect(registered.filter((name) => !covered.includes(name) && !AWAITING_ROWS.includes(name))).toEqual([]);
  });

  it('names no resource as awaiting that has rows or no longer exists', () => {
    expect(AWAITING_ROWS.filter((name) => covered.includes(name) || !registered.includes(name))).toEqual([]);
  });
});
