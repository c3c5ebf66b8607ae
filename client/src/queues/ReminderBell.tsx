/**
 * The app bar's bell: how many records the user's reminder queues hold (callbacks due, purchase
 * lists past their date), a menu of the non-empty ones, and once per sign-in a notice naming
 * them. Roles without reminder queues have no bell.
 */
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useState } from 'react';
import { Link, useNotify, useStore } from 'react-admin';
import type { QueueCount } from '../api/types.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useAppSchema } from '../schema/useAppSchema.ts';
import { queueLink, useQueues } from './useQueues.ts';

/** react-admin's store is emptied at sign-out, so this is set once per sign-in. */
const NOTICED_KEY = 'reminders.noticed';

export function ReminderBell() {
  const reminders = useQueues().filter((queue) => queue.reminder);
  const due = reminders.filter((queue) => queue.count > 0);
  const total = due.reduce((sum, queue) => sum + queue.count, 0);
  const name = useQueueName();
  const message = useMessage();
  const notify = useNotify();
  const [noticed, setNoticed] = useStore(NOTICED_KEY, false);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const summary = due.map((queue) => `${name(queue)}: ${queue.count}`).join('; ');
  useEffect(() => {
    if (noticed || !summary) return;
    notify(message('remindersNotice', { list: summary }), { type: 'info' });
    setNoticed(true);
  }, [noticed, summary, notify, message, setNoticed]);

  if (!reminders.length) return null;
  return (
    <>
      <Tooltip title={message('reminders')}>
        <IconButton color="inherit" aria-label={message('reminders')} onClick={(event) => setAnchor(event.currentTarget)}>
          <Badge badgeContent={total} color="error" max={999}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {due.length === 0 && <MenuItem disabled>{message('remindersNone')}</MenuItem>}
        {due.map((queue) => (
          <MenuItem key={`${queue.resource}.${queue.name}`} component={Link} to={queueLink(queue)} onClick={() => setAnchor(null)}>
            {`${name(queue)} (${queue.count})`}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/** "Purchase lists: Overdue": the queue's label after its resource's, which says what it holds. */
function useQueueName(): (queue: QueueCount) => string {
  const schema = useAppSchema();
  const label = useLabel();
  return (queue) => {
    const resource = schema?.resources.find((entry) => entry.name === queue.resource);
    return resource ? `${label(resource.label)}: ${label(queue.label)}` : label(queue.label);
  };
}
