/**
 * The files of the shown record, for a resource whose schema has `attachments`: a gallery of
 * images (with move left/right when the definition keeps an order) or a list of documents, each
 * downloadable; an upload button and remove buttons for roles that may edit the record. The
 * server has the last word: its refusal (type, size, rights) is shown as it sends it.
 */
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DeleteIcon from '@mui/icons-material/Delete';
import InsertDriveFileIcon from '@mui/icons-material/InsertDriveFile';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { Confirm, useDataProvider, useNotify, useRecordContext, type Identifier } from 'react-admin';
import { errorMessage } from '../api/errorMessage.ts';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { downloadUrl } from '../api/attachmentsApi.ts';
import type { AppDataProvider } from '../api/dataProvider.ts';
import { formatBytes, typeName, typeNames } from './formatting.ts';
import type { Attachment, AttachmentsDefinition } from './types.ts';

export function AttachmentsPanel() {
  const resource = useResourceSchema();
  const record = useRecordContext();
  if (!resource?.attachments || record?.id === undefined) return null;
  return (
    <AttachmentsSection
      resource={resource.name}
      id={record.id}
      definition={resource.attachments}
      canEdit={resource.actions.includes('edit')}
    />
  );
}

interface SectionProps {
  resource: string;
  id: Identifier;
  definition: AttachmentsDefinition;
  /** The role may edit the resource; the server still checks this record's write rule. */
  canEdit: boolean;
}

export function AttachmentsSection({ resource, id, definition, canEdit }: SectionProps) {
  const label = useLabel();
  const message = useMessage();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [files, setFiles] = useState<Attachment[]>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [toRemove, setToRemove] = useState<Attachment>();

  const reload = useCallback(async () => {
    try {
      const { data } = await dataProvider.listAttachments(resource, { id });
      // Signed out on the way: an empty answer while the sign-in page opens.
      setFiles(Array.isArray(data) ? data : []);
      setLoadFailed(false);
    } catch {
      setLoadFailed(true);
    }
  }, [dataProvider, resource, id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs a change, then lists the files afresh; a refusal is shown above the files. */
  const change = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
      if (done) notify(done, { type: 'success' });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = ''; // the same file may be chosen again after a refusal
    void change(async () => {
      for (const file of chosen) await dataProvider.uploadAttachment(resource, { id, file });
    }, message('attachmentsUploaded'));
  };

  const move = (index: number, by: -1 | 1) => {
    if (!files) return;
    const order = files.map((file) => file.id);
    [order[index], order[index + by]] = [order[index + by], order[index]];
    void change(() => dataProvider.reorderAttachments(resource, { id, ids: order }));
  };

  const images = definition.kind === 'images';
  const movable = canEdit && images && Boolean(definition.ordered);
  const title = label(definition.label);

  return (
    <Box component="section" aria-label={title} sx={{ mt: 2 }}>
      <Typography variant="h6">{title}</Typography>
      <Typography variant="body2" color="text.secondary">
        {message('attachmentsHint', { types: typeNames(definition.accept), size: formatBytes(definition.maxBytes) })}
      </Typography>
      {canEdit && (
        <Button component="label" variant="outlined" size="small" startIcon={<UploadFileIcon />} disabled={busy} sx={{ my: 1 }}>
          {busy ? message('attachmentsUploading') : message('attachmentsUpload')}
          <input
            hidden
            type="file"
            multiple
            aria-label={message('attachmentsUpload')}
            accept={definition.accept.join(',')}
            onChange={upload}
          />
        </Button>
      )}
      {problem && (
        <Alert severity="error" sx={{ my: 1 }} onClose={() => setProblem(undefined)}>
          {problem}
        </Alert>
      )}
      {loadFailed && <Alert severity="warning">{message('attachmentsLoadFailed')}</Alert>}
      {files?.length === 0 && (
        <Typography variant="body2" sx={{ my: 1 }}>
          {message('attachmentsEmpty')}
        </Typography>
      )}
      {files && files.length > 0 && (
        <Box
          component="ul"
          aria-label={title}
          sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 2, flexDirection: images ? 'row' : 'column' }}
        >
          {files.map((file, index) => (
            <Box component="li" key={file.id} sx={{ display: 'flex', flexDirection: images ? 'column' : 'row', alignItems: images ? 'stretch' : 'center', gap: 1 }}>
              {images ? (
                <Link href={downloadUrl(resource, id, file.id)} download={file.file_name}>
                  <Box
                    component="img"
                    src={downloadUrl(resource, id, file.id)}
                    alt={file.file_name}
                    loading="lazy"
                    sx={{ width: 160, height: 120, objectFit: 'contain', bgcolor: 'action.hover', borderRadius: 1, display: 'block' }}
                  />
                </Link>
              ) : (
                <InsertDriveFileIcon color="action" />
              )}
              <Box sx={{ minWidth: 0, maxWidth: images ? 160 : undefined }}>
                <Link
                  href={downloadUrl(resource, id, file.id)}
                  download={file.file_name}
                  aria-label={message('attachmentsDownload', { name: file.file_name })}
                  sx={{ wordBreak: 'break-all' }}
                >
                  {file.file_name}
                </Link>
                <Typography variant="caption" component="div" color="text.secondary">
                  {[typeName(file.content_type), formatBytes(file.size), file.uploaded_by].filter(Boolean).join(' · ')}
                </Typography>
              </Box>
              {canEdit && (
                <Box sx={{ display: 'flex' }}>
                  {movable && (
                    <IconButton
                      size="small"
                      aria-label={message('attachmentsMoveLeft', { name: file.file_name })}
                      disabled={busy || index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <ChevronLeftIcon fontSize="small" />
                    </IconButton>
                  )}
                  {movable && (
                    <IconButton
                      size="small"
                      aria-label={message('attachmentsMoveRight', { name: file.file_name })}
                      disabled={busy || index === files.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <ChevronRightIcon fontSize="small" />
                    </IconButton>
                  )}
                  <IconButton
                    size="small"
                    aria-label={message('attachmentsRemove', { name: file.file_name })}
                    disabled={busy}
                    onClick={() => setToRemove(file)}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Box>
              )}
            </Box>
          ))}
        </Box>
      )}
      <Confirm
        isOpen={toRemove !== undefined}
        loading={busy}
        title={message('attachmentsRemoveTitle', { name: toRemove?.file_name ?? '' })}
        content={message('attachmentsRemoveContent')}
        onConfirm={() => {
          const file = toRemove!;
          setToRemove(undefined);
          void change(() => dataProvider.removeAttachment(resource, { id, attachmentId: file.id }), message('attachmentsRemoved'));
        }}
        onClose={() => setToRemove(undefined)}
      />
    </Box>
  );
}
