/**
 * The list's picture column, for resources whose definition asks for thumbnails. One JSON
 * request per page asks which records have an image (GET /api/<resource>/thumbnails?ids=…),
 * then only those rows load a thumbnail: a WebP of at most 96 px, a few KB, which the browser
 * may keep for an hour. Rows without an image cost nothing.
 */
import { useEffect, useState, type ReactElement } from 'react';
import { DataTable, useDataProvider, useListContext, useRecordContext, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../api/dataProvider.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { thumbnailUrl } from '../api/attachmentsApi.ts';

type FirstImages = Record<string, number>;

/** Requests in flight, by URL key: every row of a page asks at once, and shares one request. */
const inFlight = new Map<string, Promise<FirstImages>>();

function sharedFirstImages(dataProvider: AppDataProvider, resource: string, ids: readonly Identifier[]): Promise<FirstImages> {
  const key = `${resource}:${ids.join(',')}`;
  let request = inFlight.get(key);
  if (!request) {
    request = dataProvider
      .firstImages(resource, { ids })
      .then(({ data }) => data)
      .finally(() => inFlight.delete(key));
    inFlight.set(key, request);
  }
  return request;
}

function useFirstImages(resource: string): FirstImages | undefined {
  const { data } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const ids = (data ?? []).map((record) => record.id);
  const key = ids.join(',');
  const [images, setImages] = useState<FirstImages>();
  useEffect(() => {
    if (!key) return;
    let current = true;
    sharedFirstImages(dataProvider, resource, key.split(',')).then(
      (found) => current && setImages(found),
      () => current && setImages({}),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, resource, key]);
  return images;
}

export function Thumbnail({ resource }: { resource: string }) {
  const record = useRecordContext();
  const images = useFirstImages(resource);
  const attachmentId = record ? images?.[String(record.id)] : undefined;
  if (!record || attachmentId === undefined) return null;
  return (
    <img
      src={thumbnailUrl(resource, record.id, attachmentId)}
      alt=""
      loading="lazy"
      width={40}
      height={40}
      style={{ objectFit: 'contain', display: 'block' }}
    />
  );
}

/** The column, or nothing when the resource's definition does not ask for thumbnails. */
export function thumbnailColumn(resource: ResourceSchema, heading: string): ReactElement | null {
  if (!resource.attachments?.thumbnails) return null;
  return (
    // A picture column needs no visible heading (and keeps the columns' text as it was); screen
    // readers still hear one.
    <DataTable.Col key="thumbnail" label={<span aria-label={heading} role="img" />} disableSort>
      <Thumbnail resource={resource.name} />
    </DataTable.Col>
  );
}
