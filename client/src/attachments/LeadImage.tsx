/**
 * A record's lead picture at full width (a channel topic's banner as the site shows it): the
 * first of its ordered images, which editors order on the files tab. Read through the
 * attachments API, so only roles that see the record see it.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext } from 'react-admin';
import { downloadUrl } from '../api/attachmentsApi.ts';
import type { AppDataProvider } from '../api/dataProvider.ts';
import type { Attachment } from './types.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { useMessage } from '../i18n/messages.ts';

export function LeadImage({ resource }: { resource: ResourceSchema }) {
  const record = useRecordContext();
  const message = useMessage();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [banner, setBanner] = useState<Attachment | null>();
  const shown = resource.attachments?.kind === 'images' && resource.attachments.ordered;
  useEffect(() => {
    if (record?.id === undefined || !shown) return;
    dataProvider
      .listAttachments(resource.name, { id: record.id })
      .then(({ data }) => setBanner(Array.isArray(data) && data.length ? data[0] : null))
      .catch(() => setBanner(null));
  }, [dataProvider, resource.name, shown, record?.id]);
  if (record?.id === undefined || !shown || banner === undefined) return null;
  return (
    <Box sx={{ mb: 2 }}>
      {banner ? (
        <Box component="img" src={downloadUrl(resource.name, record.id, banner.id)} alt={message('leadImage')} sx={{ width: '100%', maxHeight: 240, objectFit: 'cover', borderRadius: 1 }} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {message('leadImageNone')}
        </Typography>
      )}
    </Box>
  );
}
