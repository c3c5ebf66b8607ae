/**
 * A resource's work queues in the side menu, right under the resource: each opens the list
 * with the queue's filter and carries its count as a badge (red for reminders with work due).
 */
import InboxIcon from '@mui/icons-material/InboxOutlined';
import AlarmIcon from '@mui/icons-material/AlarmOutlined';
import Badge from '@mui/material/Badge';
import { Menu, useSidebarState } from 'react-admin';
import type { QueueCount } from '../api/types.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { queueLink, useQueues } from './useQueues.ts';

export function QueueMenuItems({ resource }: { resource: string }) {
  const queues = useQueues().filter((queue) => queue.resource === resource);
  const [open] = useSidebarState();
  return (
    <>
      {queues.map((queue) => (
        <QueueMenuItem key={queue.name} queue={queue} indent={open} />
      ))}
    </>
  );
}

function QueueMenuItem({ queue, indent }: { queue: QueueCount; indent: boolean }) {
  const label = useLabel();
  const message = useMessage();
  const Icon = queue.reminder ? AlarmIcon : InboxIcon;
  const urgent = queue.reminder && queue.count > 0;
  return (
    <Menu.Item
      to={queueLink(queue)}
      primaryText={label(queue.label)}
      title={message('queueCount', { count: queue.count })}
      sx={indent ? { pl: 4 } : undefined}
      leftIcon={
        <Badge badgeContent={queue.count} showZero max={999} color={urgent ? 'error' : 'primary'} data-testid={`queue-count-${queue.resource}-${queue.name}`}>
          <Icon fontSize="small" />
        </Badge>
      }
    />
  );
}
