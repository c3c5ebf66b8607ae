import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Button, LinkBase, useCreatePath, useResourceContext } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { TRASH_PATH } from '../api/trashResource.ts';

/** The list toolbar's way to the resource's trash (for roles with the `trash` action). */
export function TrashButton() {
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const message = useMessage();
  if (!resource) return null;
  return (
    <Button component={LinkBase} label={message('trash')} to={`${createPath({ resource, type: 'list' })}/${TRASH_PATH}`}>
      <DeleteOutlinedIcon />
    </Button>
  );
}
