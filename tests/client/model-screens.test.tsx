/**
 * The data-model screens (issue 16): a runtime field's form beside a live preview of the form
 * it makes, drawn by the generator; what the column fixed is shown disabled; export as code.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from './user.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from './fixtures/fakeApi.ts';
import { sampleRecords } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';
import { applicableValues } from '../../client/src/model/previewField.ts';
import type { AppSchema } from '../../server/engine/schema.ts';

const stamps = { created_at: '2025-01-02T03:04:05.000Z', updated_at: '2025-01-02T03:04:05.000Z', version: 1 };
const region = {
  id: 1,
  resource: 'suppliers',
  name: 'region',
  type: 'enum',
  label_zh: '区域',
  label_en: 'Region',
  required: false,
  default: null,
  unique: false,
  min: null,
  max: null,
  max_length: null,
  choices: [{ id: 'east', label: { zh: '华东', en: 'East' } }],
  reference: null,
  hidden_for: [],
  writable_for: [],
  ...stamps,
};

const store = () => ({ ...sampleRecords(), schema_fields: [{ ...region }] });
const preview = (name = 'Preview: the form as it will be') => screen.findByRole('region', { name });
const inChinese = (schema: AppSchema): AppSchema => ({ ...schema, user: { ...schema.user, locale: 'zh' } });
/** react-admin's Chinese loads after the first render, which draws the form again: type only once it has. */
const chineseLoaded = () => screen.findByRole('button', { name: '保存' });

/** Picks `option` in the form's select labelled `select` (outside the preview, which has selects of its own). */
async function choose(select: RegExp, option: string) {
  await userEvent.click(screen.getAllByRole('combobox', { name: select })[0]);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

async function typeInto(label: RegExp, text: string) {
  const input = await screen.findByLabelText(label);
  await userEvent.click(input);
  await userEvent.paste(text);
}

describe("a runtime field's screen", () => {
  it("previews the form it makes, the resource's own inputs and the new one, and follows the entry as it changes", { timeout: 60_000 }, async () => {
    renderPage(schemaFor('admin'), '/schema_fields/1', { store: store() });
    const shown = await preview();
    // The preview draws a new form whenever the field's shape settles or changes.
    await waitFor(() => expect(within(shown).getByLabelText(/^Region/)).toBeInTheDocument());
    // The supplier form's own inputs come first, as the generator draws them.
    expect(within(shown).getByLabelText(/^Name/)).toBeInTheDocument();
    const english = await screen.findByLabelText(/^English label/);
    await userEvent.clear(english);
    await userEvent.click(english);
    await userEvent.paste('Sales region');
    await waitFor(() => expect(within(shown).getByLabelText(/^Sales region/)).toBeInTheDocument());
  });

  it('shows what the column fixed as disabled, and the choices an enum takes, one per line', async () => {
    renderPage(schemaFor('admin'), '/schema_fields/1', { store: store() });
    expect(await screen.findByLabelText(/^Name \(in the API\)/)).toBeDisabled();
    expect(screen.getByText('Fixed once created: delete the field and add a new one to change it.')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('east | 华东 | East')).toBeInTheDocument();
  });

  it('saves the choices parsed from their lines, and none of the words its type does not take', async () => {
    const api = renderPage(schemaFor('admin'), '/schema_fields/1', { store: store() });
    const lines = await screen.findByDisplayValue('east | 华东 | East');
    await userEvent.click(lines);
    await userEvent.paste('\nwest | 华西 | West');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.writes).toHaveLength(1));
    const body = api.writes[0].body as Record<string, unknown>;
    expect(body.choices).toEqual([
      { id: 'east', label: { zh: '华东', en: 'East' } },
      { id: 'west', label: { zh: '华西', en: 'West' } },
    ]);
    expect(body).not.toHaveProperty('choices_text');
    expect(body).not.toHaveProperty('min');
    expect(body).not.toHaveProperty('max_length');
  });

  it('draws the input of the type chosen, and another when the type changes', { timeout: 60_000 }, async () => {
    renderPage(schemaFor('admin'), '/schema_fields/create', { store: store() });
    await typeInto(/^Chinese label/, '产地');
    await typeInto(/^English label/, 'Origin');
    await choose(/^Type/, 'Whole number');
    const drawn = async () => within(await screen.findByTestId('previewed-field'));
    await waitFor(async () => expect((await drawn()).getByRole('spinbutton', { name: /^Origin/ })).toBeInTheDocument());
    await choose(/^Type/, 'Yes / no');
    // react-admin's BooleanInput: a switch, over a checkbox input.
    await waitFor(async () => expect((await drawn()).getByLabelText(/^Origin/)).toHaveAttribute('type', 'checkbox'));
    expect((await drawn()).queryByRole('spinbutton')).toBeNull();
    await choose(/^Type/, 'Choice from a list');
    await typeInto(/^Choices, one per line/, 'yunnan | 云南 | Yunnan');
    await waitFor(async () => expect((await drawn()).getByRole('combobox', { name: /^Origin/ })).toBeInTheDocument());
  });

  it('empties a default the new type does not take, and sends none', { timeout: 60_000 }, async () => {
    renderPage(schemaFor('admin'), '/schema_fields/create', { store: store() });
    await typeInto(/^Chinese label/, '产地');
    await typeInto(/^English label/, 'Origin');
    await choose(/^Type/, 'Whole number');
    await typeInto(/^Default value/, '5');
    await choose(/^Type/, 'Text (one line)');
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: /^Default value/ })[0]).toHaveValue(''));
    expect(applicableValues({ type: 'string', default: 5 }).default).toBeNull();
    expect(applicableValues({ type: 'enum', default: false }).default).toBeNull();
    expect(applicableValues({ type: 'integer', default: 5 }).default).toBe(5);
  });

  it('previews in Chinese with the Chinese label', { timeout: 60_000 }, async () => {
    renderPage(inChinese(schemaFor('admin')), '/schema_fields/create', { store: store() });
    await chineseLoaded();
    await typeInto(/^中文名称/, '产地');
    await typeInto(/^英文名称/, 'Origin');
    await choose(/^类型/, '单行文本');
    const shown = await preview('预览：生成后的表单');
    await waitFor(() => expect(within(shown).getByRole('textbox', { name: /^产地/ }), shown.textContent ?? '').toBeInTheDocument());
  });

  it('asks for a name and labels before it previews a new field', async () => {
    renderPage(schemaFor('admin'), '/schema_fields/create', { store: store() });
    expect(await within(await preview()).findByText('Give the field a name and labels to see it.')).toBeInTheDocument();
  });

  it('exports the field as code', async () => {
    server.use(
      http.get(`${API}/schema_fields/1/definition`, () =>
        HttpResponse.json({ definitionPath: 'server/resources/suppliers.ts (in fields)', definition: "region: { type: 'enum' },\n", migrationPath: 'migrations/x_suppliers_region.ts', migration: 'export async function up() {}\n' }),
      ),
    );
    renderPage(schemaFor('admin'), '/schema_fields/1', { store: store() });
    await userEvent.click(await screen.findByRole('button', { name: 'Export as code' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByText('server/resources/suppliers.ts (in fields)')).toBeInTheDocument());
    expect(within(dialog).getByText(/region: \{ type: 'enum' \}/)).toBeInTheDocument();
  });
});

describe("a runtime resource's screen", () => {
  it('offers an access level per role, by the role\'s label', async () => {
    renderPage(schemaFor('admin'), '/schema_resources/create', { store: store() });
    expect(await screen.findByLabelText(/^Operations: access/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Customer service agent: access/)).toBeInTheDocument();
  });

  it('previews its menu entry, under its department, as the labels are typed', { timeout: 60_000 }, async () => {
    renderPage(schemaFor('admin'), '/schema_resources/create', { store: store() });
    expect(await within(await preview()).findByText('Give the resource its labels to see its menu entry and form.')).toBeInTheDocument();
    await typeInto(/^Chinese label/, '门店拜访');
    await typeInto(/^English label/, 'Store visits');
    await choose(/^Department/, 'Operations');
    const shown = await preview();
    await waitFor(() => expect(within(shown).getByTestId('previewed-menu-entry')).toHaveTextContent('Store visits'));
    expect(within(shown).getByText('Operations')).toBeInTheDocument();
    expect(within(shown).getByText('No fields yet: once it is saved, add runtime fields that name it.')).toBeInTheDocument();
  });

  it("previews an existing resource's form with the fields it has, in Chinese", { timeout: 60_000 }, async () => {
    // An entry named as a resource the schema serves (the fixture schema has no runtime resource).
    const suppliers = { id: 7, name: 'suppliers', label_zh: '供应商', label_en: 'Suppliers', department: 'procurement', icon: 'Factory', access: {}, ...stamps };
    renderPage(inChinese(schemaFor('admin')), '/schema_resources/7', { store: { ...store(), schema_resources: [suppliers] } });
    await chineseLoaded();
    const shown = await preview('预览：生成后的表单');
    await waitFor(() => expect(within(shown).getByTestId('previewed-menu-entry'), shown.textContent ?? '').toHaveTextContent('供应商'));
    // The generator's own inputs for the resource's fields, with their Chinese labels.
    expect(within(shown).getByRole('textbox', { name: /^供应商名称/ })).toBeInTheDocument();
  });
});
