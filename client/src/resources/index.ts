/**
 * Per-resource overrides. A view listed here replaces the generated one for that resource;
 * everything else about the resource (routes, access, other views) stays generated.
 * The generated building blocks (fieldElement, inputElement, listColumn…) are meant to be
 * reused by overrides, as ProductShow does.
 */
import { AuditEntryShow } from './audit_log/AuditEntryShow.tsx';
import { MODEL_OVERRIDES } from '../model/lazyModelPages.tsx';
import { ProductShow } from './products/ProductShow.tsx';
import type { OverrideRegistry } from './registry.ts';

export const overrides: OverrideRegistry = {
  audit_log: { show: AuditEntryShow },
  products: { show: ProductShow },
  ...MODEL_OVERRIDES,
};
