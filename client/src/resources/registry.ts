import type { ComponentType } from 'react';

export type ViewName = 'list' | 'show' | 'edit' | 'create';

/** Hand-written views that replace the generated ones for a resource. */
export type ResourceOverrides = Partial<Record<ViewName, ComponentType>>;

export type OverrideRegistry = Record<string, ResourceOverrides>;
