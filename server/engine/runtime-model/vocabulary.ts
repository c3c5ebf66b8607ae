/**
 * What the model's runtime entries may say: the field types an administrator may add, the
 * icons a runtime resource may take, and each role's access level to a runtime resource.
 * Shared by the entries' own definitions (server/resources/schema-*.ts) and their judges.
 */
import type { Choice, FieldType } from '../definition.ts';

export const RUNTIME_FIELD_TYPES = ['string', 'text', 'integer', 'money', 'basis_points', 'date', 'datetime', 'boolean', 'enum', 'reference'] as const satisfies readonly FieldType[];
export type RuntimeFieldType = (typeof RUNTIME_FIELD_TYPES)[number];

export const RUNTIME_FIELD_TYPE_CHOICES: readonly Choice[] = [
  { id: 'string', label: { en: 'Text (one line)', zh: '单行文本' } },
  { id: 'text', label: { en: 'Text (several lines)', zh: '多行文本' } },
  { id: 'integer', label: { en: 'Whole number', zh: '整数' } },
  { id: 'money', label: { en: 'Money (fen)', zh: '金额(分)' } },
  { id: 'basis_points', label: { en: 'Rate (basis points)', zh: '比率(基点)' } },
  { id: 'date', label: { en: 'Date', zh: '日期' } },
  { id: 'datetime', label: { en: 'Date and time', zh: '日期时间' } },
  { id: 'boolean', label: { en: 'Yes / no', zh: '是/否' } },
  { id: 'enum', label: { en: 'Choice from a list', zh: '单选(选项列表)' } },
  { id: 'reference', label: { en: 'Link to a record', zh: '关联记录' } },
];

/** The menu icons a runtime resource may take: those the client draws (client/src/layout/resourceIcons.ts). */
export const RUNTIME_ICONS = [
  'Folder', 'AccountTree', 'Campaign', 'Email', 'Event', 'Factory', 'FactCheck', 'History', 'Insights', 'Inventory2',
  'ListAlt', 'LocalOffer', 'MenuBook', 'Newspaper', 'Payments', 'People', 'PhoneCallback', 'ReceiptLong', 'ShoppingCart', 'SupportAgent',
] as const;

/**
 * A role's access to a runtime resource: `read` lists, shows and exports; `all` also creates,
 * edits and deletes; `own` does all of that only on the records the user created.
 */
export const ACCESS_LEVELS = ['none', 'read', 'all', 'own'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** Field types a list may filter and sort by (an index serves them); long text is searched instead. */
export const QUERYABLE_TYPES: readonly RuntimeFieldType[] = RUNTIME_FIELD_TYPES.filter((type) => type !== 'text');
