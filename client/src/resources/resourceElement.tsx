/**
 * One <Resource> for a schema entry: a view for each action the role is allowed, taken from the
 * override registry when there is one and generated otherwise.
 */
import type { ComponentType } from 'react';
import { Resource } from 'react-admin';
import { GeneratedCreate } from '../generator/GeneratedCreate.tsx';
import { GeneratedEdit } from '../generator/GeneratedEdit.tsx';
import { GeneratedList } from '../generator/GeneratedList.tsx';
import { GeneratedShow } from '../generator/GeneratedShow.tsx';
import { labelFor } from '../i18n/labels.ts';
import { resourceIcon } from '../layout/resourceIcons.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { OverrideRegistry, ViewName } from './registry.ts';

const GENERATED: Record<ViewName, ComponentType> = {
  list: GeneratedList,
  show: GeneratedShow,
  edit: GeneratedEdit,
  create: GeneratedCreate,
};

export function resourceElement(resource: ResourceSchema, overrides: OverrideRegistry) {
  const view = (name: ViewName) => (resource.actions.includes(name) ? (overrides[resource.name]?.[name] ?? GENERATED[name]) : undefined);
  return (
    <Resource
      key={resource.name}
      name={resource.name}
      icon={resourceIcon(resource.icon)}
      recordRepresentation={resource.recordRepresentation}
      // react-admin's own texts ("Delete Product", "No Products yet") pluralise this polyglot-style.
      // Menu, titles and fields use the locale-aware useLabel(); this one is built once per schema.
      options={{ label: `${labelFor(resource.labelSingular)} |||| ${labelFor(resource.label)}` }}
      list={view('list')}
      show={view('show')}
      edit={view('edit')}
      create={view('create')}
    />
  );
}
