import { screen, within } from '@testing-library/react';
import userEvent from './user.ts';
import { describe, expect, it } from 'vitest';
import { renderPage } from './renderPage.tsx';
import { schemaFor } from './fixtures/schemas.ts';

describe('a number whose unit follows another field', () => {
  it('shows an amount discount in yuan and a percent discount as a percent', async () => {
    renderPage(schemaFor('operations'), '/promotions');
    const amountRow = (await screen.findByText('双十一满减')).closest('tr')!;
    expect(within(amountRow).getByText('¥30.00')).toBeInTheDocument();
    const percentRow = screen.getByText('会员九折').closest('tr')!;
    expect(within(percentRow).getByText('10.00%')).toBeInTheDocument();
  });

  it('switches the input between yuan and percent with the discount type', async () => {
    renderPage(schemaFor('operations'), '/promotions/2');
    const input = await screen.findByLabelText(/Discount \*/);
    expect(input).toHaveValue('10.00');
    expect(input.parentElement).toHaveTextContent('%');
    await userEvent.click(screen.getByLabelText(/Discount type/));
    await userEvent.click(await screen.findByRole('option', { name: 'Amount off' }));
    const amountInput = await screen.findByLabelText(/Discount \*/);
    expect(amountInput.parentElement).toHaveTextContent('¥');
  });
});
