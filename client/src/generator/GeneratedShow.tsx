/**
 * The show page of any resource: every field the role can read, then its child records; its
 * attached files, its activity (comments and history) and its history each in a tab of its own.
 */
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
import { RecordChart } from './RecordChart.tsx';
import { RecordTitle } from './RecordTitle.tsx';
import { WorkflowButtons } from '../workflow/WorkflowButtons.tsx';

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
          <RecordChart resource={resource} />
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
