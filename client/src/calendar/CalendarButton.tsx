import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { Button, LinkBase, useCreatePath, useResourceContext } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { CALENDAR_PATH } from './path.ts';

/** The list toolbar's way to the resource's calendar (for resources whose definition has one). */
export function CalendarButton() {
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const message = useMessage();
  if (!resource) return null;
  return (
    <Button component={LinkBase} label={message('calendar')} to={`${createPath({ resource, type: 'list' })}/${CALENDAR_PATH}`}>
      <CalendarMonthIcon />
    </Button>
  );
}
