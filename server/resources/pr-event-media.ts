import { ADMIN, ALL, READ, defineResource } from '../engine/definition.ts';

/** The media partners invited to a PR event (many to many), with their answer. */
export default defineResource({
  name: 'pr_event_media',
  table: 'pr_event_media',
  label: { en: 'Invited media', zh: '邀请媒体' },
  labelSingular: { en: 'Invited medium', zh: '邀请媒体' },
  department: 'pr',
  icon: 'Campaign',
  menu: false,
  fields: {
    pr_event_id: { type: 'reference', reference: 'pr_events', label: { en: 'Event', zh: '公关活动' }, required: true, onDelete: 'cascade' },
    media_partner_id: { type: 'reference', reference: 'media_partners', label: { en: 'Media partner', zh: '合作媒体' }, required: true },
    response: {
      type: 'enum',
      label: { en: 'Response', zh: '回复' },
      required: true,
      default: 'invited',
      choices: [
        { id: 'invited', label: { en: 'Invited', zh: '已邀请' } },
        { id: 'confirmed', label: { en: 'Confirmed', zh: '确认出席' } },
        { id: 'declined', label: { en: 'Declined', zh: '婉拒' } },
        { id: 'attended', label: { en: 'Attended', zh: '已出席' } },
      ],
    },
    contact_name: { type: 'string', label: { en: 'Journalist or editor', zh: '记者/编辑' }, maxLength: 100 },
  },
  recordRepresentation: 'media_partner_id',
  listColumns: ['pr_event_id', 'media_partner_id', 'response', 'contact_name'],
  filters: ['response'],
  search: [],
  defaultSort: { field: 'id', order: 'ASC' },
  uniqueTogether: [['pr_event_id', 'media_partner_id']],
  access: {
    admin: { actions: ADMIN },
    pr: { actions: ALL },
    // Marketing keeps the media partners; the journalists invited are nobody else's business,
    // as with the event's press clippings.
    marketing: { actions: READ },
  },
});
