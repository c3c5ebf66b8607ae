/**
 * The show page of any resource: every field the role can read, then its child records; its
 * attached files, its activity (comments and history) and its history each in a tab of its own.
 */
import { lazy, Suspense } from 'react';
import { Show, TabbedShowLayout } from 'react-admin';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { LeadImage } from '../attachments/LeadImage.tsx';
import { ActivityStream } from '../comments/ActivityStream.tsx';
import { RecordHistory } from '../history/RecordHistory.tsx';
import { useLabel } from '../i18n/labels.ts';
import { useMessage } from '../i18n/messages.ts';
import { useResourceSchema } from '../schema/useAppSchema.ts';
import { ChildRecordsTable } from './ChildRecordsTable.tsx';
import { fieldElement, readableFields } from '../fields/fieldElement.tsx';
import { RecordTitle } from './RecordTitle.tsx';
import { WorkflowButtons } from '../workflow/WorkflowButtons.tsx';

// The record's chart shares the dashboards' breakdown widget (its table, its card): that code
// loads with the first record that has a chart, not with the sign-in page. Until then nothing
// shows, as when the resource has no chart; the chart itself then shows its own placeholder.
const RecordChart = lazy(() => import('./RecordChart.tsx').then((module) => ({ default: module.RecordChart })));

export function GeneratedShow() {
  const resource = useResourceSchema();
  const label = useLabel();
  const message = useMessage();
  if (!resource) return null;
  return (
    <Show title={<RecordTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={message('details')}>
          <WorkflowButtons />
          <LeadImage resource={resource} />
          {readableFields(resource.fields).map((field) => fieldElement(field, label))}
          {resource.recordChart && (
            <Suspense fallback={null}>
              <RecordChart resource={resource} />
            </Suspense>
          )}
          {resource.children.map((child) => (
            <ChildRecordsTable key={child.resource} {...child} />
          ))}
        </TabbedShowLayout.Tab>
        {resource.attachments && (
          <TabbedShowLayout.Tab label={label(resource.attachments.label)} path="attachments">
            <AttachmentsPanel />
          </TabbedShowLayout.Tab>
        )}
        {resource.comments && (
          <TabbedShowLayout.Tab label={message('activity')} path="activity">
            <ActivityStream />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label={message('history')} path="history">
          <RecordHistory />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
