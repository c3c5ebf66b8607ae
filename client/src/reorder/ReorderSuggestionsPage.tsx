/**
 * Reorder suggestions: the products whose stock covers fewer than N days of their sales forecast,
 * by supplier, with the forecast months that decided it (a link to them) and a quantity to order
 * that the user may change. The checked suppliers'
 * rows become draft purchase lists in one request (the server makes all of them or none).
 */
import { intlLocale } from '../i18n/locales.ts';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, Loading, Title, useCreatePath, useDataProvider, useLocaleState, useNotify, useRedirect } from 'react-admin';
import { errorMessage } from '../api/errorMessage.ts';
import { displayMoney } from '../inputs/hundredths.ts';
import { useMessage } from '../i18n/messages.ts';
import { ForecastLink } from './ForecastLink.tsx';
import { useReorderForecastMessage } from './reorderMessages.ts';
import { useReorderSuggestions, type SupplierSuggestions } from './reorderApi.ts';
import type { AppDataProvider } from '../api/dataProvider.ts';

const DEFAULT_DAYS = 30;

/** N as typed: a whole number from 1 to 365, or nothing usable yet. */
function daysFrom(text: string): number | undefined {
  const days = Number(text);
  return /^\d+$/.test(text) && days >= 1 && days <= 365 ? days : undefined;
}

export default function ReorderSuggestionsPage() {
  const message = useMessage();
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const [daysText, setDaysText] = useState(String(DEFAULT_DAYS));
  const [days, setDays] = useState(DEFAULT_DAYS);
  // Edited quantities by product, and suppliers left out; everything else follows the answer.
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const [unchecked, setUnchecked] = useState<Set<number>>(new Set());
  const [pending, setPending] = useState(false);
  const { data, isPending, error } = useReorderSuggestions(days);
  const dataProvider = useDataProvider<AppDataProvider>();

  const changeDays = (text: string) => {
    setDaysText(text);
    const next = daysFrom(text);
    if (next !== undefined) setDays(next);
  };
  const quantityOf = (productId: number, suggested: number) => quantities[productId] ?? String(suggested);
  const chosen = (data?.suppliers ?? []).filter((group) => !unchecked.has(group.supplier_id));
  const items = chosen.flatMap((group) =>
    group.items.map((item) => ({ product_id: item.product_id, quantity: Number(quantityOf(item.product_id, item.suggested_quantity)) })),
  );
  const allValid = items.every((item) => Number.isInteger(item.quantity) && item.quantity >= 1);

  const create = async () => {
    setPending(true);
    try {
      const { lists } = (await dataProvider.applyReorderSuggestions({ days, supplier_ids: chosen.map((group) => group.supplier_id), items })).data;
      notify(message('reorderCreated', { count: lists.length }), { type: 'success' });
      redirect(createPath({ resource: 'purchase_lists', type: 'list' }));
    } catch (failure) {
      notify(errorMessage(failure), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={message('reorderSuggestions')} />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <TextField
          label={message('reorderDays')}
          value={daysText}
          onChange={(event) => changeDays(event.target.value)}
          error={daysFrom(daysText) === undefined}
          helperText={daysFrom(daysText) === undefined ? message('reorderDaysHint') : undefined}
          size="small"
          inputMode="numeric"
        />
        {data && (
          <Typography variant="body2" color="text.secondary">
            {message('reorderBasis', { from: data.window.from, to: data.window.to, days: data.window.days })}
          </Typography>
        )}
        <Button
          label={message('reorderCreate')}
          variant="contained"
          onClick={create}
          disabled={pending || !items.length || !allValid}
        />
      </Stack>
      {isPending && <Loading />}
      {error && <Typography color="error">{errorMessage(error)}</Typography>}
      {data && !data.suppliers.length && <Typography>{message('reorderEmpty', { days: data.days })}</Typography>}
      {data?.suppliers.map((group) => (
        <SupplierTable
          key={group.supplier_id}
          group={group}
          checked={!unchecked.has(group.supplier_id)}
          onCheck={(checked) =>
            setUnchecked((previous) => {
              const next = new Set(previous);
              if (checked) next.delete(group.supplier_id);
              else next.add(group.supplier_id);
              return next;
            })
          }
          quantityOf={quantityOf}
          onQuantity={(productId, text) => setQuantities((previous) => ({ ...previous, [productId]: text }))}
        />
      ))}
    </Box>
  );
}

interface SupplierTableProps {
  group: SupplierSuggestions;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  quantityOf: (productId: number, suggested: number) => string;
  onQuantity: (productId: number, text: string) => void;
}

function SupplierTable({ group, checked, onCheck, quantityOf, onQuantity }: SupplierTableProps) {
  const message = useMessage();
  const forecastMessage = useReorderForecastMessage();
  const [locale] = useLocaleState();
  const supplier = group.supplier_name ?? `#${group.supplier_id}`;
  const number = (value: number) => value.toLocaleString(intlLocale(locale));
  return (
    <Paper sx={{ mb: 2, p: 1 }} component="section" aria-label={supplier}>
      <FormControlLabel
        control={<Checkbox checked={checked} onChange={(event) => onCheck(event.target.checked)} />}
        label={
          <Typography variant="h6" component="h2">
            {message('reorderOrderFrom', { supplier })}
          </Typography>
        }
      />
      <Table size="small" aria-label={supplier}>
        <TableHead>
          <TableRow>
            <TableCell>{message('reorderSku')}</TableCell>
            <TableCell>{message('reorderProduct')}</TableCell>
            <TableCell align="right">{message('reorderStock')}</TableCell>
            <TableCell align="right">{forecastMessage('reorderForecast')}</TableCell>
            <TableCell align="right">{message('reorderDailyAverage')}</TableCell>
            <TableCell align="right">{message('reorderCoverDays')}</TableCell>
            <TableCell align="right">{message('reorderQuantity')}</TableCell>
            <TableCell align="right">{message('reorderUnitCost')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {group.items.map((item) => {
            const text = quantityOf(item.product_id, item.suggested_quantity);
            const valid = /^\d+$/.test(text) && Number(text) >= 1;
            return (
              <TableRow key={item.product_id}>
                <TableCell>{item.sku}</TableCell>
                <TableCell>{item.name}</TableCell>
                <TableCell align="right">{number(item.stock)}</TableCell>
                <TableCell align="right">
                  <ForecastLink item={item} />
                </TableCell>
                <TableCell align="right">{number(item.daily_average)}</TableCell>
                <TableCell align="right">{number(item.cover_days)}</TableCell>
                <TableCell align="right">
                  <TextField
                    value={text}
                    onChange={(event) => onQuantity(item.product_id, event.target.value)}
                    error={!valid}
                    size="small"
                    disabled={!checked}
                    slotProps={{ htmlInput: { 'aria-label': message('reorderQuantityOf', { sku: item.sku }), inputMode: 'numeric', style: { textAlign: 'right', width: '6em' } } }}
                  />
                </TableCell>
                <TableCell align="right">{displayMoney(item.unit_cost, locale)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}
