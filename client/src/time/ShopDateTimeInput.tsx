import { DateTimeInput, type DateTimeInputProps } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { shopInstantOf, shopWallClock } from './shopTime.ts';
import { useShopTimeZone } from './useShopTimeZone.ts';

/**
 * A date-time typed and shown on the shop's wall clock, whatever the browser's zone: the form
 * keeps the stored UTC instant, the input shows it as shop time, and what is typed goes back as
 * the instant it means there. The zone is named under the input.
 */
export function ShopDateTimeInput(props: DateTimeInputProps) {
  const zone = useShopTimeZone();
  const message = useMessage();
  return (
    <DateTimeInput
      helperText={message('shopTimeZoneHint', { zone })}
      {...props}
      format={(value: unknown) => shopWallClock(value, zone)}
      parse={(value: string) => (value ? shopInstantOf(value, zone) : null)}
    />
  );
}
