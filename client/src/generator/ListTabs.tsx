/**
 * The schema's `listTabs` above a list: each tab a fixed filter, the current one the tab whose
 * filter the list shows (none when the user filtered those fields otherwise). Choosing a tab
 * replaces what the tabs filter and keeps the user's other filters.
 */
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useListContext } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import type { ResourceSchema } from '../schema/types.ts';

type ListTabSchema = NonNullable<ResourceSchema['listTabs']>[number];

/** The first tab's filter, which the list opens on. */
export function defaultTabFilter(resource: ResourceSchema): Record<string, unknown> | undefined {
  return resource.listTabs?.[0]?.filter;
}

export function ListTabs({ tabs }: { tabs: readonly ListTabSchema[] }) {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const label = useLabel();
  const keys = [...new Set(tabs.flatMap((tab) => Object.keys(tab.filter)))];
  const current = tabs.findIndex((tab) => keys.every((key) => sameValue(filterValues[key], tab.filter[key])));
  const choose = (index: number) => {
    const next: Record<string, unknown> = { ...filterValues };
    for (const key of keys) delete next[key];
    setFilters({ ...next, ...tabs[index].filter }, displayedFilters);
  };
  return (
    <Tabs value={current === -1 ? false : current} onChange={(_, index: number) => choose(index)} sx={{ px: 2 }}>
      {tabs.map((tab) => (
        <Tab key={tab.id} label={label(tab.label)} />
      ))}
    </Tabs>
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? [...value].map(String).sort() : [String(value)]);
  return JSON.stringify(list(a)) === JSON.stringify(list(b));
}
