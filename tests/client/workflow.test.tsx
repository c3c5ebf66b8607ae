import { screen, waitFor } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { schemaFor } from './fixtures/schemas.ts';
import { renderPage } from './renderPage.tsx';

describe('workflow buttons', () => {
  it('offer the role’s next steps from the current state and save one with the version', async () => {
    const api = renderPage(schemaFor('operations'), '/purchase_lists/1/show');
    const submit = await screen.findByRole('button', { name: 'Mark as Submitted' });
    expect(screen.queryByRole('button', { name: 'Mark as Cancelled' })).not.toBeInTheDocument(); // operations may only submit
    await userEvent.click(submit);
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]).toMatchObject({ resource: 'purchase_lists', body: { status: 'submitted', version: expect.any(Number) } });
    expect(await screen.findByText('Now Submitted')).toBeInTheDocument();
  });

  it('offer procurement every step of the table, cancelling included', async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1/show');
    expect(await screen.findByRole('button', { name: 'Mark as Submitted' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark as Cancelled' })).toBeInTheDocument();
  });

  it('offer nothing to a role that cannot edit', async () => {
    const schema = schemaFor('procurement');
    const lists = schema.resources.find((resource) => resource.name === 'purchase_lists')!;
    lists.actions = lists.actions.filter((action) => action !== 'edit');
    renderPage(schema, '/purchase_lists/1/show');
    await screen.findByText('PL-001');
    expect(screen.queryByRole('button', { name: /Mark as/ })).not.toBeInTheDocument();
  });
});

describe('a workflow field on the edit form', () => {
  it('offers the current state and the role’s next steps only', async () => {
    renderPage(schemaFor('procurement'), '/purchase_lists/1');
    await userEvent.click(await screen.findByRole('combobox', { name: /Status/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['Draft', 'Submitted', 'Cancelled']);
  });
});
