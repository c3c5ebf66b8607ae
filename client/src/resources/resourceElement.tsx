/**
 * One <Resource> for a schema entry: a view for each action the role is allowed, taken from the
 * override registry when there is one and generated otherwise, and the trash page for roles
 * with the `trash` action.
 */
import { lazy, type ComponentType } from 'react';
import { Resource, reactRouterProvider } from 'react-admin';
import { CALENDAR_PATH } from '../calendar/path.ts';
import { GeneratedCreate } from '../generator/GeneratedCreate.tsx';
import { GeneratedEdit } from '../generator/GeneratedEdit.tsx';
import { GeneratedList } from '../generator/GeneratedList.tsx';
import { GeneratedShow } from '../generator/GeneratedShow.tsx';
import { labelFor } from '../i18n/labels.ts';
import { resourceIcon } from '../layout/resourceIcons.ts';
import { recordName } from '../schema/recordName.ts';
import type { AppSchema, LookupSchema, ResourceSchema } from '../schema/types.ts';
import { extraPagesOf } from '../pages/extraPages.ts';
import { TrashList } from '../trash/TrashList.tsx';
import { TRASH_PATH } from '../api/trashResource.ts';
import type { OverrideRegistry, ViewName } from './registry.ts';

/** Calendars and timelines load when one is opened: the sign-in page's script budget is nearly spent. */
const CalendarPage = lazy(() => import('../calendar/CalendarPage.tsx').then((module) => ({ default: module.CalendarPage })));

const GENERATED: Record<ViewName, ComponentType> = {
  list: GeneratedList,
  show: GeneratedShow,
  edit: GeneratedEdit,
  create: GeneratedCreate,
};

// The router react-admin runs on (its default); a Resource's extra pages are routes of it.
const { Route } = reactRouterProvider;

export function resourceElement(resource: ResourceSchema, overrides: OverrideRegistry, locale: string, schema?: AppSchema) {
  const view = (name: ViewName) => (resource.actions.includes(name) ? (overrides[resource.name]?.[name] ?? GENERATED[name]) : undefined);
  return (
    <Resource
      key={resource.name}
      name={resource.name}
      icon={resourceIcon(resource.icon)}
      // References, pickers and default titles name a record in the admin's language.
      recordRepresentation={(record) => recordName(resource, record, locale)}
      // react-admin's own texts ("Delete Product", "No Products yet") pluralise this polyglot-style.
      // Built in the locale the admin shows: a change of locale re-mounts the admin and builds it again.
      options={{ label: `${labelFor(resource.labelSingular, locale)} |||| ${labelFor(resource.label, locale)}` }}
      list={view('list')}
      show={view('show')}
      edit={view('edit')}
      create={view('create')}
    >
      {resource.actions.includes('trash') && <Route path={TRASH_PATH} element={<TrashList />} />}
      {resource.calendar && resource.actions.includes('list') && <Route path={CALENDAR_PATH} element={<CalendarPage />} />}
      {extraPagesOf(schema, resource.name).map(([name, page]) => (
        <Route key={name} path={page.path} element={page.element} />
      ))}
    </Resource>
  );
}

/**
 * A resource the role only looks up by id (`lookup`): registered without views, so references
 * to it show its records' names and open nothing.
 */
export function lookupElement(lookup: LookupSchema) {
  return <Resource key={lookup.name} name={lookup.name} recordRepresentation={lookup.recordRepresentation} />;
}
