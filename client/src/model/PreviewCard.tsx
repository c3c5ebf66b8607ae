/**
 * The frame of a live preview beside an entry's form (a runtime field's or resource's): a titled
 * card, a note on what it shows, and what the generator draws for the entry as it now stands.
 */
import type { ReactNode } from 'react';
import { useKit } from './kit.tsx';
import { useModelMessage } from './modelMessages.ts';

export function PreviewCard({ note, children }: { note: string; children?: ReactNode }) {
  const { mui } = useKit();
  const message = useModelMessage();
  return (
    <mui.Card sx={{ ml: { md: 2 }, mt: { xs: 2, md: 0 }, width: { md: 380 }, flexShrink: 0 }} aria-label={message('preview')} role="region">
      <mui.CardContent>
        <mui.Typography variant="subtitle1">{message('preview')}</mui.Typography>
        <mui.Typography variant="body2" color="text.secondary" gutterBottom>
          {note}
        </mui.Typography>
        {children}
      </mui.CardContent>
    </mui.Card>
  );
}
