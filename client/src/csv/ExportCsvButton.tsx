/**
 * Export: downloads the server's CSV of every row matching the list's current filter, in its
 * current sort. The server writes it (only the fields the role may see, formula cells
 * neutralised), so the file is never cut at a page or capped at a number of rows.
 */
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useDataProvider, useListContext, useNotify } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useMessage } from '../i18n/messages.ts';

export function ExportCsvButton() {
  const { filterValues, sort, total, resource } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const message = useMessage();

  const download = async () => {
    try {
      const { data: url } = await dataProvider.exportUrl(resource, { filter: filterValues, sort });
      // A plain link download: the browser streams the file to disk with the session cookie,
      // however large it is, and names it from the answer's Content-Disposition.
      const link = document.createElement('a');
      link.href = url;
      link.download = '';
      document.body.appendChild(link);
      link.click();
      link.remove();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };

  return (
    <Button label={message('export')} onClick={download} disabled={total === 0}>
      <DownloadIcon />
    </Button>
  );
}
