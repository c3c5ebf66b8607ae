/**
 * The list's column chooser: tick the columns to show, without saving a view. It writes the
 * DataTable's own store (hidden columns, column order), so the table, the chooser and saved
 * views agree. Why not react-admin's ColumnsButton: in 5.15 its popover stays mounted with an
 * autofocused search field once a table has more than five columns (in jsdom that field takes
 * the focus from any dialog opened later), and its search imports the UMD `diacritic` module
 * in a way Node's ESM cannot resolve (`diacritic.clean` is undefined there).
 */
import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { columnOrder, useListColumns } from './listColumns.ts';

export function ColumnsChooserButton() {
  const resource = useResourceSchema()!;
  const columns = useListColumns(resource);
  const label = useLabel();
  const message = useMessage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const order = columnOrder(resource);
  const labelOf = (name: string) => label(resource.fields.find((field) => field.name === name)?.label ?? { en: name, zh: name });
  const toggle = (name: string) => {
    const shown = columns.visible.includes(name) ? columns.visible.filter((other) => other !== name) : [...columns.visible, name];
    // An empty table helps nobody: the last column stays.
    if (shown.length) columns.show(shown);
  };
  return (
    <>
      <Button size="small" startIcon={<ViewWeekIcon />} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu">
        {message('columns')}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { maxHeight: 480 } } }}>
        {order.map((name) => (
          <MenuItem key={name} dense onClick={() => toggle(name)}>
            <ListItemIcon>
              <Checkbox edge="start" size="small" checked={columns.visible.includes(name)} tabIndex={-1} disableRipple slotProps={{ input: { 'aria-label': labelOf(name) } }} />
            </ListItemIcon>
            <ListItemText primary={labelOf(name)} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem dense onClick={() => columns.show(null)}>
          {message('columnsReset')}
        </MenuItem>
      </Menu>
    </>
  );
}
