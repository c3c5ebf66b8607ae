/**
 * One change, every door: a form save (PUT), a CSV import matched on a unique field and its dry
 * run, a bulk update and its preview must give the same answer (accepted, or refused with the
 * same status and the same field errors). Generated from the definitions: every resource with
 * `bulkUpdate`, every role that may edit it, a sample of the records it can read (one per value of
 * the field, own and others'), every choice of an enum, a raise and a fall of a number, a few
 * records of a reference. A new resource, field or word is covered without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { can, fieldMode } from '../../server/engine/access.ts';
import { ROLES, type ResourceDefinition, type Role } from '../../server/engine/definition.ts';
import { createRegistry } from '../../server/engine/registry.ts';
import { resources } from '../../server/resources/index.ts';
import { DEMO_LOGIN_BY_ROLE, startTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;
interface Outcome {
  accepted: boolean;
  status: number;
  errors: Record<string, string>;
}

const registry = createRegistry(resources);
/** Records per role and resource: enough to meet each state, own and others', and stay quick. */
const RECORDS_PER_ROLE = 12;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const bulkResources = registry.all.filter((def) => def.bulkUpdate);
/** Roles with a demo user that may edit the resource and write at least one of its bulk fields. */
const editingRoles = (def: ResourceDefinition) =>
  ROLES.filter((role) => can(def, role, 'edit') && role in DEMO_LOGIN_BY_ROLE && def.bulkUpdate!.fields.some((name) => fieldMode(def, role, name) === 'writable'));

describe.each(bulkResources.map((def) => [def.name, def] as const))('%s: every write path gives the same answer', (_name, def) => {
  it.each(editingRoles(def).map((role) => [role]))('as %s', async (role) => {
    const login = DEMO_LOGIN_BY_ROLE[role as keyof typeof DEMO_LOGIN_BY_ROLE];
    const agent = await t.signIn(login);
    const me = Number((await t.db('users').where('username', login).first('id')).id);
    const match = matchField(def, role);
    const disagreements: string[] = [];
    let cases = 0;
    let sampled = 0;
    for (const field of def.bulkUpdate!.fields) {
      if (fieldMode(def, role, field) !== 'writable') continue;
      const records = await sampleRecords(agent, def, field, me);
      sampled += records.length;
      for (const record of records) {
        for (const value of await candidateValues(def, field, record)) {
          const outcomes = await throughEveryPath(agent, def, record, field, value, match);
          cases++;
          const [first, ...others] = Object.entries(outcomes);
          for (const [path, outcome] of others) {
            if (JSON.stringify(outcome) !== JSON.stringify(first[1])) {
              disagreements.push(`#${record.id} ${field} ${String(record[field])} -> ${String(value)}: ${first[0]} ${show(first[1])} but ${path} ${show(outcome)}`);
            }
          }
        }
      }
    }
    // A resource the demo data leaves empty has nothing to sample; any record must yield cases.
    if (sampled) expect(cases).toBeGreaterThan(0);
    if (process.env.WRITE_PATHS_LOG) console.log(disagreements.join('\n')); // every line, where the diff would cut them short
    expect(disagreements.join('\n')).toBe('');
  });
});

/** A unique field the role can read, to match import rows on; none means import cannot update. */
function matchField(def: ResourceDefinition, role: Role): string | undefined {
  return Object.keys(def.fields).find((name) => def.fields[name].unique && fieldMode(def, role, name) !== 'hidden');
}

/** Records the role can read, one per (value of the field, made by this user or not). */
async function sampleRecords(agent: request.Agent, def: ResourceDefinition, field: string, me: number): Promise<Row[]> {
  const owner = Object.keys(def.fields).find((name) => def.fields[name].setOnCreate === 'currentUserId');
  const response = await agent.get(`/api/${def.name}`).query({ sort: JSON.stringify(['id', 'ASC']), range: JSON.stringify([0, 299]) });
  expect(response.status).toBe(200);
  const seen = new Set<string>();
  const sample: Row[] = [];
  for (const record of response.body as Row[]) {
    const key = JSON.stringify([record[field], owner ? record[owner] === me : null]);
    if (seen.has(key) || sample.length >= RECORDS_PER_ROLE) continue;
    seen.add(key);
    sample.push(record);
  }
  return sample;
}

/** Values the field could be set to: every other choice, a raise and a fall, two other records. */
async function candidateValues(def: ResourceDefinition, field: string, record: Row): Promise<unknown[]> {
  const definition = def.fields[field];
  const current = record[field];
  if (definition.choices) return definition.choices.map((choice) => choice.id).filter((id) => id !== current);
  if (definition.type === 'reference') {
    const target = registry.get(definition.reference!);
    const ids = (await t.db(target.table).whereNull('deleted_at').orderBy('id').limit(3).pluck('id')).map(Number);
    return ids.filter((id) => id !== current).slice(0, 2);
  }
  const number = Number(current ?? 0);
  return [number + 100, 1];
}

/** The same change by each path, the record put back as it was after each path that writes. */
async function throughEveryPath(agent: request.Agent, def: ResourceDefinition, record: Row, field: string, value: unknown, match?: string) {
  const stored = await t.db(def.table).where('id', record.id as number).first();
  const putBack = () => t.db(def.table).where('id', record.id as number).update(stored);
  const outcomes: Record<string, Outcome> = {};
  const bulk = (dryRun: boolean) =>
    agent.post(`/api/${def.name}/bulk-update`).send({ ids: [record.id], field, operation: 'set', value, dry_run: dryRun });
  outcomes['bulk preview'] = bulkOutcome(await bulk(true));
  if (match && record[match] != null) {
    const csv = `${match},${field}\n${csvCell(record[match])},${csvCell(value)}\n`;
    const send = (dryRun: boolean) =>
      agent.post(`/api/${def.name}/import`).query({ match, ...(dryRun ? { dryRun: 'true' } : {}) }).set('Content-Type', 'text/csv').send(csv);
    outcomes['import dry run'] = importOutcome(await send(true));
    outcomes['import'] = importOutcome(await send(false));
    await putBack();
  }
  outcomes['form save'] = singleOutcome(await agent.put(`/api/${def.name}/${record.id}`).send({ [field]: value }));
  await putBack();
  outcomes['bulk update'] = bulkOutcome(await bulk(false));
  await putBack();
  return outcomes;
}

const show = (outcome: Outcome) => (outcome.accepted ? 'accepted' : `${outcome.status} ${JSON.stringify(outcome.errors)}`);

function csvCell(value: unknown): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function singleOutcome(response: request.Response): Outcome {
  return { accepted: response.status < 300, status: response.status < 300 ? 200 : response.status, errors: response.body.errors ?? {} };
}

function importOutcome(response: request.Response): Outcome {
  if (response.status < 300) return { accepted: true, status: 200, errors: {} };
  const problems: { field?: string; message: string }[] = response.body.details?.errors ?? response.body.errors ?? [];
  const errors = Array.isArray(problems) ? Object.fromEntries(problems.filter((p) => p.field).map((p) => [p.field, p.message])) : problems;
  return { accepted: false, status: response.status, errors };
}

function bulkOutcome(response: request.Response): Outcome {
  if (response.status >= 300 && !response.body.rows && !response.body.details?.rows) {
    return { accepted: false, status: response.status, errors: response.body.errors ?? {} };
  }
  const [row] = (response.body.rows ?? response.body.details?.rows) as Row[];
  if (!row?.errors) return { accepted: true, status: 200, errors: {} };
  // The report's table shows a 403 that names no field (outside the write rule) on the changed field.
  const errors = row.errors as Record<string, string>;
  const namesNoField = row.status === 403 && Object.keys(errors).length === 1 && Object.values(errors)[0] === row.message;
  return { accepted: false, status: Number(row.status), errors: namesNoField ? {} : errors };
}
