/**
 * The data-model screens (issue 16): a runtime field's form beside a live preview of the form
 * it makes, drawn by the generator; what the column fixed is shown disabled; export as code.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API } from './fixtures/fakeApi.ts';
import { sampleRecords } from './fixtures/records.ts';
import { schemaFor } from './fixtures/schemas.ts';
import { server } from './fixtures/server.ts';
import { renderPage } from './renderPage.tsx';

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
const preview = () => screen.findByRole('region', { name: 'Preview: the form as it will be' });

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
});
