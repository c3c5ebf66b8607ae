import AddShoppingCartIcon from '@mui/icons-material/AddShoppingCart';
import { Button, LinkBase, useCreatePath } from 'react-admin';
import { useMessage } from '../i18n/messages.ts';
import { REORDER_PAGE_NAME } from './reorderApi.ts';

/** The purchase lists toolbar's way to the suggestions (shown when the schema offers the page). */
export function ReorderSuggestionsButton() {
  const createPath = useCreatePath();
  const message = useMessage();
  return (
    <Button component={LinkBase} label={message('reorderSuggestions')} to={`${createPath({ resource: 'purchase_lists', type: 'list' })}/${REORDER_PAGE_NAME}`}>
      <AddShoppingCartIcon />
    </Button>
  );
}
