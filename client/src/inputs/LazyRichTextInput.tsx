/**
 * The rich-text editor (tiptap) is large and only a few forms need it: it is loaded on first use
 * so it stays out of the main bundle.
 */
import { lazy, Suspense } from 'react';
import Skeleton from '@mui/material/Skeleton';
import type { RichTextInputProps } from 'ra-input-rich-text';

const RichTextInput = lazy(() => import('ra-input-rich-text').then((module) => ({ default: module.RichTextInput })));

export function LazyRichTextInput(props: RichTextInputProps) {
  return (
    <Suspense fallback={<Skeleton variant="rectangular" height={160} sx={{ my: 1 }} />}>
      <RichTextInput {...props} />
    </Suspense>
  );
}
