/**
 * A list cell the role may edit in place (definition word `inlineEdit`): the value as text, and
 * on a click an input. Enter or leaving the input saves through the ordinary update with the
 * record's version, so a change by someone else meanwhile is a 409: the cell says so and the
 * list reloads the row. Any other refusal is shown under the input, in the server's words.
 * Money is typed in yuan with two decimals, as in forms. Only the edited cell holds an input,
 * so a page of 200 rows stays light.
 */
import TextField from '@mui/material/TextField';
import { useState, type KeyboardEvent } from 'react';
import { HttpError, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { isEditConflict } from '../api/editConflict.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { formatHundredths, parseHundredths } from '../inputs/hundredths.ts';
import type { FieldSchema, ResourceSchema } from '../schema/types.ts';
import { rowWritable } from './rowWritable.ts';

const HUNDREDTHS = new Set(['money', 'basis_points']);

/** The typed text as the API's value: null when empty, NaN when it is not a number of the field's kind. */
function parseCell(field: FieldSchema, text: string): number | string | null {
  if (field.type === 'string') return text === '' ? null : text;
  if (HUNDREDTHS.has(field.type)) return parseHundredths(text);
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function formatCell(field: FieldSchema, value: unknown): string {
  if (value === null || value === undefined) return '';
  return HUNDREDTHS.has(field.type) ? formatHundredths(value as number) : String(value);
}

export function InlineEditCell({ field, resource, display }: { field: FieldSchema; resource: ResourceSchema; display: React.ReactNode }) {
  const record = useRecordContext();
  const label = useLabel();
  const message = useMessage();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  if (!record) return null;
  if (!rowWritable(resource, record)) return <>{display}</>;

  const stop = (event: { stopPropagation(): void }) => event.stopPropagation();
  const cancel = () => {
    setText(null);
    setError(undefined);
  };
  const save = () => {
    if (text === null) return;
    const value = parseCell(field, text);
    if (typeof value === 'number' && Number.isNaN(value)) {
      setError(message(HUNDREDTHS.has(field.type) ? 'mustHaveTwoDecimals' : 'mustBeWholeNumber'));
      return;
    }
    if (value === (record[field.name] ?? null)) return cancel();
    update(
      resource.name,
      { id: record.id, data: { [field.name]: value, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: cancel,
        onError: (failure) => {
          if (isEditConflict(failure)) {
            notify(message('inlineConflict'), { type: 'warning' });
            cancel();
            refresh();
            return;
          }
          const body = failure instanceof HttpError ? (failure.body as { errors?: Record<string, string> } | undefined) : undefined;
          setError(body?.errors?.[field.name] ?? (failure instanceof Error ? failure.message : String(failure)));
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') save();
    if (event.key === 'Escape') cancel();
  };

  if (text === null) {
    return (
      <span
        role="button"
        tabIndex={0}
        aria-label={message('inlineEdit', { field: label(field.label) })}
        style={{ cursor: 'text', display: 'block', minHeight: '1.5em' }}
        onClick={(event) => {
          stop(event);
          setText(formatCell(field, record[field.name]));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            stop(event);
            setText(formatCell(field, record[field.name]));
          }
        }}
      >
        {display}
      </span>
    );
  }
  return (
    <TextField
      size="small"
      autoFocus
      value={text}
      disabled={isPending}
      onClick={stop}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => !error && save()}
      error={Boolean(error)}
      helperText={error}
      slotProps={{ htmlInput: { 'aria-label': label(field.label), inputMode: field.type === 'string' ? 'text' : 'decimal', style: { textAlign: 'right' } } }}
      sx={{ minWidth: 110 }}
    />
  );
}
