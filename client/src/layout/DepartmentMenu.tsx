/**
 * The side menu: the role's dashboard, then its resources grouped under their department, in
 * the schema's department order. Departments where the role reaches nothing are left out, and
 * so are records reached through their parent's page (`inMenu: false`). Each resource's work
 * queues follow it, with their counts.
 */
import { Fragment } from 'react';
import ListSubheader from '@mui/material/ListSubheader';
import { Menu, useSidebarState } from 'react-admin';
import { useLabel } from '../i18n/labels.ts';
import { useAppSchema } from '../schema/useAppSchema.ts';
import { QueueMenuItems } from '../queues/QueueMenuItems.tsx';
import { resourceIcon } from './resourceIcons.ts';

export function DepartmentMenu() {
  const schema = useAppSchema();
  const label = useLabel();
  const [open] = useSidebarState();
  if (!schema) return <Menu />;
  return (
    <Menu>
      {schema.dashboards.length > 0 && <Menu.DashboardItem />}
      {schema.departments.map((department) => {
        const resources = schema.resources.filter((resource) => resource.department === department.id && resource.inMenu);
        if (!resources.length) return null;
        return (
          <Fragment key={department.id}>
            {/* A collapsed sidebar shows icons only: a heading would not fit. */}
            {open && <ListSubheader sx={{ lineHeight: 2.5, mt: 1, bgcolor: 'transparent' }}>{label(department.label)}</ListSubheader>}
            {resources.map((resource) => {
              const Icon = resourceIcon(resource.icon);
              return (
                <Fragment key={resource.name}>
                  <Menu.Item to={`/${resource.name}`} primaryText={label(resource.label)} leftIcon={<Icon />} />
                  <QueueMenuItems resource={resource.name} />
                </Fragment>
              );
            })}
          </Fragment>
        );
      })}
    </Menu>
  );
}
