/** What a breakdown's group is called: its label in the user's language, else its key (a month). */
import { labelFor } from '../i18n/labels.ts';
import type { GroupRow } from './types.ts';

export function groupName(row: GroupRow, locale: string): string {
  if (row.label) return labelFor(row.label, locale);
  return row.key === null ? '—' : String(row.key);
}
