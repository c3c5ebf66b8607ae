/**
 * A rich-text field's display. react-admin's RichTextField sanitises the HTML with DOMPurify,
 * which is large and shown only on pages of records with rich text: both load on first use, so
 * they stay out of the sign-in page's bundle (as the rich-text editor does, LazyRichTextInput.tsx).
 */
import Skeleton from '@mui/material/Skeleton';
import { lazy, Suspense } from 'react';
import type { RichTextFieldProps } from 'react-admin';

const RichTextField = lazy(() => import('./richTextField.ts'));

export function LazyRichTextField(props: RichTextFieldProps) {
  return (
    <Suspense fallback={<Skeleton variant="text" />}>
      <RichTextField {...props} />
    </Suspense>
  );
}
