/**
 * The list's "Views" menu: apply one of my views or one shared with my role (its filters, sort,
 * columns and page size), delete my own, or save the current state as a new view. The server
 * judges what a view may hold; this only offers and applies.
 */
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useDelete, useGetList, useListContext, useNotify } from 'react-admin';
import { errorMessage } from '../api/errorMessage.ts';
import { useMessage } from '../i18n/messages.ts';
import { useAppSchema, useResourceSchema } from '../schema/useAppSchema.ts';
import { useListColumns } from './listColumns.ts';
import type { SavedView } from './savedViewsApi.ts';
import { SaveViewDialog } from './SaveViewDialog.tsx';

export function SavedViewsButton() {
  const app = useAppSchema();
  const resource = useResourceSchema();
  const views = app?.resources.find((entry) => entry.name === 'saved_views');
  if (!app || !resource || !views?.actions.includes('list')) return null;
  return <ViewsMenu userId={app.user.id} canSave={views.actions.includes('create')} />;
}

function ViewsMenu({ userId, canSave }: { userId: number; canSave: boolean }) {
  const resource = useResourceSchema()!;
  const list = useListContext();
  const columns = useListColumns(resource);
  const message = useMessage();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const { data: views = [], refetch } = useGetList<SavedView & { id: number }>(
    'saved_views',
    { filter: { resource: resource.name }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: Boolean(anchor) },
  );
  const [remove] = useDelete();

  const apply = (view: SavedView) => {
    setAnchor(null);
    list.setFilters(view.filter, Object.fromEntries(Object.keys(view.filter).map((key) => [key, true])));
    list.setSort(view.sort ?? resource.defaultSort);
    list.setPerPage(view.per_page);
    columns.show(view.columns);
    notify(message('viewApplied', { name: view.name }), { type: 'info' });
  };
  const drop = (view: SavedView) =>
    remove(
      'saved_views',
      { id: view.id, previousData: view },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => void refetch(),
        onError: (error) => notify(errorMessage(error), { type: 'error' }),
      },
    );

  return (
    <>
      <Button size="small" startIcon={<BookmarksIcon />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu">
        {message('views')}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {views.length === 0 && <MenuItem disabled>{message('viewsNone')}</MenuItem>}
        {views.map((view) => (
          <MenuItem key={view.id} onClick={() => apply(view)}>
            <ListItemText primary={view.name} secondary={view.owner_id === userId ? (view.shared ? message('viewShared') : undefined) : message('viewSharedWithMe')} />
            {view.owner_id === userId && (
              <IconButton
                size="small"
                edge="end"
                aria-label={message('viewDelete', { name: view.name })}
                onClick={(event) => {
                  event.stopPropagation();
                  drop(view);
                }}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            )}
          </MenuItem>
        ))}
        {canSave && <Divider />}
        {canSave && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setSaving(true);
            }}
          >
            {message('viewSaveAs')}
          </MenuItem>
        )}
      </Menu>
      {saving && <SaveViewDialog visibleColumns={columns.visible} onClose={() => setSaving(false)} />}
    </>
  );
}
