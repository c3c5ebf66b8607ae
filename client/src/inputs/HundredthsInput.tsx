/**
 * An input for an integer stored in hundredths (fen, basis points) and typed in units
 * (yuan, percent) with up to two decimals.
 *
 * Like react-admin's NumberInput it keeps the text as typed in local state and only stores the
 * parsed integer in the form: re-formatting on every keystroke would turn "19." into "19.00"
 * under the user's cursor.
 */
import { useEffect, useRef, useState, type ChangeEvent, type FocusEvent, type ReactNode } from 'react';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { formatHundredths, parseHundredths } from './hundredths.ts';

export interface HundredthsInputProps extends InputProps {
  label?: string;
  helperText?: ReactNode;
  /** Shown before the number (¥) … */
  prefix?: string;
  /** … or after it (%). */
  suffix?: string;
  fullWidth?: boolean;
}

/** Rejects what parseHundredths could not read (NaN), with a message saying what is expected. */
export const twoDecimals =
  (message: string): Validator =>
  (value: unknown) =>
    typeof value === 'number' && Number.isNaN(value) ? message : undefined;

export function HundredthsInput({ label, helperText, prefix, suffix, fullWidth = true, validate, ...props }: HundredthsInputProps) {
  const twoDecimalsMessage = useMessage()('mustHaveTwoDecimals');
  const {
    field,
    fieldState: { error, invalid },
    id,
    isRequired,
  } = useInput({ ...props, defaultValue: props.defaultValue ?? null, validate: [twoDecimals(twoDecimalsMessage), ...toArray(validate)] });
  const [text, setText] = useState(() => formatHundredths(field.value));
  const hasFocus = useRef(false);

  // Follow the stored value (record loaded, form reset) but never rewrite what the user is
  // typing: while focused, the text is the source of truth. Object.is also equates NaN with NaN.
  useEffect(() => {
    if (!hasFocus.current && !Object.is(parseHundredths(text), field.value ?? null)) setText(formatHundredths(field.value));
  }, [field.value]); // not `text`: its changes are the user's own

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    field.onChange(parseHundredths(event.target.value));
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    hasFocus.current = false;
    field.onBlur();
    // Tidy the text once the user is done: "19.9" → "19.90".
    const value = parseHundredths(event.target.value);
    if (value !== null && !Number.isNaN(value)) setText(formatHundredths(value));
  };

  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={handleChange}
      onFocus={() => (hasFocus.current = true)}
      onBlur={handleBlur}
      className={`ra-input ra-input-${props.source}`}
      size="small"
      margin="dense"
      fullWidth={fullWidth}
      disabled={props.disabled || props.readOnly}
      error={invalid}
      label={label === undefined ? undefined : <FieldTitle label={label} source={props.source} isRequired={isRequired} />}
      helperText={<InputHelperText error={error?.message} helperText={helperText} />}
      slotProps={{
        htmlInput: { inputMode: 'decimal', readOnly: props.readOnly },
        input: {
          startAdornment: prefix ? <InputAdornment position="start">{prefix}</InputAdornment> : undefined,
          endAdornment: suffix ? <InputAdornment position="end">{suffix}</InputAdornment> : undefined,
        },
      }}
    />
  );
}

function toArray(validate: InputProps['validate']): Validator[] {
  if (!validate) return [];
  return Array.isArray(validate) ? validate : [validate];
}

export const MoneyInput = (props: Omit<HundredthsInputProps, 'prefix' | 'suffix'>) => <HundredthsInput prefix="¥" {...props} />;

export const PercentInput = (props: Omit<HundredthsInputProps, 'prefix' | 'suffix'>) => <HundredthsInput suffix="%" {...props} />;
