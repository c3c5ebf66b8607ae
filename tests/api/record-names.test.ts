/**
 * Records named per UI language (the definition word `recordRepresentationIn`): the schema says
 * which field names a product or catalog in English, dashboards name their groups with it, and
 * the English name is searchable, so an English picker finds what it shows.
 */
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionProblems } from '../../server/engine/registry.ts';
import catalogs from '../../server/resources/catalogs.ts';
import { resources } from '../../server/resources/index.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let ops: request.Agent;

beforeAll(async () => {
  t = await startTestApp();
  ops = await t.signIn('ops');
});
afterAll(() => t.close());

describe('names per language', () => {
  it('are in the schema for products and catalogs', async () => {
    const { body } = await ops.get('/api/schema');
    const named = (name: string) => body.resources.find((resource: { name: string }) => resource.name === name);
    expect(named('products')).toMatchObject({ recordRepresentation: 'name', recordRepresentationIn: { en: 'name_en' } });
    expect(named('catalogs')).toMatchObject({ recordRepresentation: 'name', recordRepresentationIn: { en: 'name_en' } });
    expect(named('suppliers').recordRepresentationIn).toBeUndefined();
  });

  it('name dashboard groups in English where the record has an English name, in Chinese otherwise', async () => {
    type Row = { key: number; label: { en: string; zh: string } };
    const groups = async (): Promise<Row[]> =>
      (await ops.get('/api/dashboards/operations').expect(200)).body.widgets.find((widget: { id: string }) => widget.id === 'products_by_catalog').rows;
    const [untranslated, translated] = await groups();
    await ops.put(`/api/catalogs/${untranslated.key}`).send({ name_en: '' }).expect(200);

    const rows = await groups();
    const catalog = async (id: number) => t.db('catalogs').where({ id }).first('name', 'name_en');
    const chinese = await catalog(untranslated.key);
    expect(rows.find((row) => row.key === untranslated.key)!.label).toEqual({ en: chinese.name, zh: chinese.name });
    const english = await catalog(translated.key);
    expect(english.name_en).toBeTruthy();
    expect(rows.find((row) => row.key === translated.key)!.label).toEqual({ en: english.name_en, zh: english.name });
  });

  it('finds a product by its English name with q', async () => {
    const product = await t.db('products').whereNotNull('name_en').whereNull('deleted_at').orderBy('id').first('id', 'name_en');
    const { body } = await ops.get('/api/products').query({ filter: JSON.stringify({ q: product.name_en }), range: '[0,99]' }).expect(200);
    expect(body.map((found: { id: number }) => found.id)).toContain(product.id);
  });

  it('must name text fields', () => {
    const byName = new Map(resources.map((def) => [def.name, def]));
    expect(definitionProblems({ ...catalogs, recordRepresentationIn: { en: 'sort_order' } }, byName)).toContain(
      'catalogs: recordRepresentationIn.en "sort_order" is not a text field',
    );
    expect(definitionProblems({ ...catalogs, recordRepresentationIn: { en: 'missing' } }, byName)).toContain(
      'catalogs: recordRepresentationIn.en "missing" is not a text field',
    );
  });
});
