/**
 * Contract dates that agree with a partner's status around the reference date: running
 * contracts straddle it, ended ones lie before it, negotiations start after it.
 */
import { addDays, daysFromReference, earliest, isoDay } from './clock.ts';
import type { Random } from './random.ts';

export type PartnerStatus = 'negotiating' | 'active' | 'paused' | 'ended';

export function contractDates(rng: Random, status: PartnerStatus): { contract_start: string; contract_end: string } {
  let start: Date;
  let end: Date;
  switch (status) {
    case 'active':
      start = daysFromReference(-rng.int(30, 700));
      end = daysFromReference(rng.int(30, 400));
      break;
    case 'paused':
      start = daysFromReference(-rng.int(100, 600));
      end = daysFromReference(rng.int(30, 200));
      break;
    case 'ended':
      start = daysFromReference(-rng.int(400, 730));
      end = addDays(start, rng.int(180, 365));
      break;
    case 'negotiating':
      start = daysFromReference(rng.int(15, 60));
      end = addDays(start, 365);
      break;
  }
  return { contract_start: isoDay(start), contract_end: isoDay(end) };
}

/** When the partner was entered: some weeks before its contract began, never after the reference date. */
export function recordedAt(rng: Random, status: PartnerStatus, contractStart: string): Date {
  const entered =
    status === 'negotiating' ? daysFromReference(-rng.int(5, 40)) : addDays(new Date(`${contractStart}T00:00:00Z`), -rng.int(7, 30));
  return rng.officeTime(earliest(entered, daysFromReference(-1)));
}
