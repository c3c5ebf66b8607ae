import { useReference, useRecordContext, type RaRecord } from 'react-admin';
import type { ResourceSchema } from '../../schema/types.ts';
import { findResource, useAppSchema } from '../../schema/useAppSchema.ts';

export interface AuditedRecord {
  /** The schema of the resource the entry is about, when the role reaches it. */
  resource?: ResourceSchema;
  /** That record as it is now, while it exists. */
  record?: RaRecord;
}

/** The record the audit entry in context is about, through the same batched getMany as references. */
export function useAuditedRecord(): AuditedRecord {
  const entry = useRecordContext();
  const resource = findResource(useAppSchema(), entry?.resource);
  const id = entry?.record_id;
  const { referenceRecord } = useReference({
    reference: resource?.name ?? '',
    id: id ?? 0,
    options: { enabled: Boolean(resource && id !== null && id !== undefined) },
  });
  return { resource, record: resource ? referenceRecord : undefined };
}
