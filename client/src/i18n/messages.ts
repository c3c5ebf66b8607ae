/**
 * The client's own words (buttons, headings, notices), in English and Chinese, shown through
 * the same `useLabel` as the schema's labels. `{name}` placeholders are filled from `values`;
 * a word that follows a number is written `{count, plural, one {# row} other {# rows}}` (ICU's
 * syntax, `#` is the number), so "1 row" and "3 rows" both read right. Chinese needs no plural.
 */
import { useLocaleState } from 'react-admin';
import type { Label } from '../schema/types.ts';
import { intlLocale } from './locales.ts';
import { labelFor } from './labels.ts';

export const MESSAGES = {
  // Own account
  changePassword: { en: 'Change password', zh: '修改密码' },
  currentPassword: { en: 'Current password', zh: '当前密码' },
  newPassword: { en: 'New password', zh: '新密码' },
  passwordRules: {
    en: '12 to 128 characters; not a common password or your username.',
    zh: '12 至 128 个字符；不能是常见密码或用户名。',
  },
  passwordChanged: { en: 'Password changed. Your other sessions have been signed out.', zh: '密码已修改，您的其他登录会话已退出。' },
  save: { en: 'Save', zh: '保存' },

  // Workflow steps
  stepTo: { en: 'Mark as {state}', zh: '标记为{state}' },
  stepDone: { en: 'Now {state}', zh: '已变更为{state}' },

  // Edit conflicts
  conflictTitle: { en: 'Someone else changed this record', zh: '该记录已被他人修改' },
  conflictField: { en: 'Field', zh: '字段' },
  conflictMine: { en: 'Your change', zh: '您的修改' },
  conflictCurrent: { en: 'Now stored', zh: '当前保存的值' },
  conflictCurrentUnavailable: { en: 'The current record could not be loaded.', zh: '无法加载当前记录。' },
  conflictReload: { en: 'Reload', zh: '重新加载' },
  conflictReapply: { en: 'Re-apply my changes', zh: '重新应用我的修改' },

  // History
  details: { en: 'Details', zh: '详情' },
  history: { en: 'History', zh: '修改历史' },
  historyEmpty: { en: 'No changes recorded yet.', zh: '暂无修改记录。' },
  historyNoVisibleChanges: { en: 'No changes to fields you can see.', zh: '没有您可查看字段的修改。' },
  historyVersion: { en: 'Version {version}', zh: '版本 {version}' },
  historySomeone: { en: 'someone', zh: '某人' },
  historyFrom: { en: 'Before', zh: '修改前' },
  historyTo: { en: 'After', zh: '修改后' },
  historyChanged: { en: 'changed', zh: '已修改' },
  actionCreate: { en: 'Created', zh: '创建' },
  actionUpdate: { en: 'Updated', zh: '修改' },
  actionDelete: { en: 'Moved to the trash', zh: '移入回收站' },
  actionRestore: { en: 'Restored from the trash', zh: '从回收站恢复' },
  restoreVersion: { en: 'Restore this version', zh: '恢复到此版本' },
  restoreVersionTitle: { en: 'Restore version {version}?', zh: '恢复到版本 {version}？' },
  restoreVersionContent: {
    en: 'The record gets the values it had in version {version}, as a new change. Unsaved edits on this page are lost.',
    zh: '记录将恢复为版本 {version} 时的值，并作为一次新的修改保存。本页未保存的修改将丢失。',
  },
  restoredVersion: { en: 'Version {version} restored', zh: '已恢复到版本 {version}' },

  // Trash
  trash: { en: 'Trash', zh: '回收站' },
  trashTitle: { en: '{resource}: trash', zh: '{resource}：回收站' },
  trashEmpty: { en: 'The trash is empty.', zh: '回收站是空的。' },
  backToList: { en: 'Back to the list', zh: '返回列表' },
  restore: { en: 'Restore', zh: '恢复' },
  restored: { en: 'Restored', zh: '已恢复' },
  purge: { en: 'Delete forever', zh: '永久删除' },
  purgeTitle: { en: 'Delete {name} forever?', zh: '永久删除 {name}？' },
  purgeContent: { en: 'It cannot be restored afterwards.', zh: '删除后无法恢复。' },
  purged: { en: 'Deleted for good', zh: '已永久删除' },

  // Import
  import: { en: 'Import', zh: '导入' },
  importTitle: { en: 'Import {resource} from CSV', zh: '从 CSV 导入{resource}' },
  importHelp: {
    en: 'UTF-8 CSV with a header row naming the fields (by name or label). Amounts in fen, rates in basis points, dates as YYYY-MM-DD, lists separated by ";".',
    zh: 'UTF-8 编码的 CSV，首行为字段名或字段标签。金额以分为单位，比率以基点为单位，日期格式为 YYYY-MM-DD，多个值用“;”分隔。',
  },
  importChooseFile: { en: 'Choose a CSV file', zh: '选择 CSV 文件' },
  importMatch: { en: 'Update existing rows matched on', zh: '按此字段匹配并更新已有记录' },
  importMatchNone: { en: 'None: always create new rows', zh: '不匹配：全部新建' },
  importCheck: { en: 'Check file', zh: '检查文件' },
  importApply: { en: 'Apply', zh: '导入' },
  importSummary: {
    en: '{total, plural, one {# row} other {# rows}}: {created} to create, {updated} to update.',
    zh: '共 {total} 行：新建 {created} 行，更新 {updated} 行。',
  },
  importDone: { en: 'Imported: {created} created, {updated} updated', zh: '导入完成：新建 {created} 行，更新 {updated} 行' },
  importErrors: { en: '{count, plural, one {# problem} other {# problems}} found; nothing was imported.', zh: '发现 {count} 个问题，未导入任何数据。' },
  importErrorsFirst: { en: 'Showing the first {shown}.', zh: '仅显示前 {shown} 个。' },
  importRow: { en: 'Row', zh: '行' },
  importField: { en: 'Field', zh: '字段' },
  importMessage: { en: 'Problem', zh: '问题' },
  cancel: { en: 'Cancel', zh: '取消' },

  // Export
  export: { en: 'Export', zh: '导出' },

  // Dashboards
  dashboardWelcomeTitle: { en: 'Welcome', zh: '欢迎' },
  dashboardWelcome: { en: 'Welcome, {name}. Choose a page from the menu.', zh: '{name}，欢迎使用。请从菜单中选择页面。' },
  dashboardNoData: { en: 'Nothing to show yet.', zh: '暂无数据。' },
  dashboardNoRecords: { en: 'No records.', zh: '没有记录。' },
  dashboardScatterNone: { en: 'Not set', zh: '未设置' },
  dashboardFrom: { en: 'From', zh: '开始日期' },
  dashboardTo: { en: 'To', zh: '结束日期' },
  dashboardPeriodHelp: { en: 'Leave empty for all time', zh: '留空表示全部时间' },
  dashboardPeriodInvalid: { en: 'Must not be before the start', zh: '不能早于开始日期' },
  dashboardPeriodField: { en: 'Chosen period, by {field}', zh: '按{field}统计所选时段' },

  // Product page tabs
  productTabBasics: { en: 'Basics', zh: '基本信息' },
  productTabPricing: { en: 'Pricing', zh: '价格' },
  productTabStock: { en: 'Stock', zh: '库存' },

  // Price history and bulk updates (repricing)
  priceHistoryChart: { en: 'Price and cost over time', zh: '售价与成本走势' },
  priceHistoryPrice: { en: 'Price', zh: '售价' },
  priceHistoryCost: { en: 'Cost', zh: '成本' },
  priceHistoryEmpty: { en: 'No price changes recorded yet.', zh: '暂无价格变动记录。' },
  bulkUpdate: { en: 'Reprice', zh: '批量调价' },
  bulkUpdateTitle: { en: '{resource}: change in bulk', zh: '{resource}：批量修改' },
  bulkUpdateSelected: { en: '{count, plural, one {The selected row} other {The # selected rows}}', zh: '已选中的 {count} 行' },
  bulkUpdateAllMatching: { en: '{count, plural, one {The # row matching the filter} other {All # rows matching the filter}}', zh: '符合筛选条件的全部 {count} 行' },
  bulkUpdateField: { en: 'Field', zh: '字段' },
  bulkUpdateOperation: { en: 'Change', zh: '调整方式' },
  bulkUpdateRaise: { en: 'Raise by a percent', zh: '按百分比上调' },
  bulkUpdateLower: { en: 'Lower by a percent', zh: '按百分比下调' },
  bulkUpdateSet: { en: 'Set to', zh: '设为' },
  bulkUpdatePercent: { en: 'Percent', zh: '百分比' },
  bulkUpdateReasonHelp: {
    en: 'Needed only when rows would fall below their floor; applies to every row.',
    zh: '仅当有行低于最低毛利时需要；适用于所有行。',
  },
  bulkUpdatePreview: { en: 'Preview', zh: '预览' },
  bulkUpdateApply: { en: 'Apply', zh: '应用' },
  bulkUpdateSummary: {
    en: '{total, plural, one {# row} other {# rows}}: {flagged} below their floor, {refused} would be refused.',
    zh: '共 {total} 行：{flagged} 行低于最低毛利，{refused} 行将被拒绝。',
  },
  bulkUpdateNothing: { en: 'No rows selected.', zh: '没有选中任何行。' },
  bulkUpdateRecord: { en: 'Record', zh: '记录' },
  bulkUpdateBefore: { en: '{field} now', zh: '当前{field}' },
  bulkUpdateAfter: { en: 'New {field}', zh: '调整后{field}' },
  bulkUpdateFloor: { en: 'Floor of {field}', zh: '{field}下限' },
  bulkUpdateProblem: { en: 'Problem', zh: '问题' },
  bulkUpdateUnchanged: { en: 'Unchanged', zh: '无变化' },
  bulkUpdateApplied: { en: '{count, plural, one {# row changed} other {# rows changed}}', zh: '已修改 {count} 行' },

  // Attached files (images of products, documents of PR events)
  attachmentsHint: { en: '{types}; at most {size} each', zh: '{types}；每个文件不超过 {size}' },
  attachmentsUpload: { en: 'Upload', zh: '上传' },
  attachmentsUploading: { en: 'Uploading…', zh: '正在上传…' },
  attachmentsUploaded: { en: 'File uploaded', zh: '文件已上传' },
  attachmentsEmpty: { en: 'No files yet.', zh: '暂无文件。' },
  attachmentsLoadFailed: { en: 'The files could not be loaded.', zh: '无法加载文件。' },
  attachmentsDownload: { en: 'Download {name}', zh: '下载 {name}' },
  attachmentsMoveLeft: { en: 'Move {name} left', zh: '将 {name} 左移' },
  attachmentsMoveRight: { en: 'Move {name} right', zh: '将 {name} 右移' },
  attachmentsRemove: { en: 'Remove {name}', zh: '删除 {name}' },
  attachmentsRemoveTitle: { en: 'Remove {name}?', zh: '删除 {name}？' },
  attachmentsRemoveContent: { en: 'The file is deleted for good.', zh: '文件将被永久删除。' },
  attachmentsRemoved: { en: 'File removed', zh: '文件已删除' },
  attachmentsThumbnail: { en: 'Picture', zh: '图片' },
  leadImage: { en: 'Lead picture', zh: '首图预览' },
  leadImageNone: { en: 'No picture yet.', zh: '暂无图片。' },
  moveUp: { en: 'Move up', zh: '上移' },
  moveDown: { en: 'Move down', zh: '下移' },

  // Calendar and timeline of dated records
  calendar: { en: 'Calendar', zh: '日历' },
  calendarPrevious: { en: 'Previous', zh: '上一页' },
  calendarNext: { en: 'Next', zh: '下一页' },
  calendarToday: { en: 'Today', zh: '今天' },
  calendarWeekOf: { en: 'Week of {date}', zh: '{date} 当周' },
  calendarEmpty: { en: 'Nothing in this period.', zh: '此期间没有记录。' },
  calendarOnDay: { en: 'Day', zh: '日期' },
  calendarShownOn: { en: 'Shown on {date}', zh: '{date} 展示内容' },

  // Reorder suggestions
  reorderSuggestions: { en: 'Reorder suggestions', zh: '补货建议' },
  reorderDays: { en: 'Days of stock to cover (N)', zh: '目标库存天数（N）' },
  reorderDaysHint: { en: 'A whole number from 1 to 365', zh: '1 至 365 之间的整数' },
  reorderBasis: { en: 'Demand from the sales forecast for {from} to {to} ({days, plural, one {# day} other {# days}})', zh: '需求按 {from} 至 {to}（{days} 天）的销量预测计算' },
  reorderEmpty: { en: 'No product runs short within {days, plural, one {# day} other {# days}}.', zh: '没有商品的库存会在 {days} 天内不足。' },
  reorderOrderFrom: { en: 'Order from {supplier}', zh: '向 {supplier} 采购' },
  reorderSku: { en: 'SKU', zh: '商品编码' },
  reorderProduct: { en: 'Product', zh: '商品' },
  reorderStock: { en: 'Stock', zh: '库存' },
  reorderDailyAverage: { en: 'Daily forecast', zh: '预测日均销量' },
  forecastTab: { en: 'Forecast', zh: '销量预测' },
  forecastOverview: { en: 'Forecast overview', zh: '预测总览' },
  reorderCoverDays: { en: 'Days of cover', zh: '可售天数' },
  reorderQuantity: { en: 'Quantity to order', zh: '建议采购数量' },
  reorderQuantityOf: { en: 'Quantity of {sku}', zh: '{sku} 的采购数量' },
  reorderUnitCost: { en: 'Unit cost', zh: '单价' },
  reorderCreate: { en: 'Create draft purchase lists', zh: '生成采购清单草稿' },
  reorderCreated: { en: '{count, plural, one {# draft purchase list created} other {# draft purchase lists created}}', zh: '已生成 {count} 份采购清单草稿' },

  // Input checks in the browser (the server checks the same and stays the authority)
  mustBeWholeNumber: { en: 'Must be a whole number', zh: '必须是整数' },
  mustBeAtLeast: { en: 'Must be at least {min}', zh: '不能小于 {min}' },
  mustBeAtMost: { en: 'Must be at most {max}', zh: '不能大于 {max}' },
  mustBeWebAddress: { en: 'Must be a web address (https://…)', zh: '必须是网址（https://…）' },
  mustBePhone: { en: 'Must be a phone number', zh: '必须是电话号码' },
  mustHaveTwoDecimals: { en: 'Enter a number with at most 2 decimals', zh: '请输入最多两位小数的数字' },

  // Frozen children, steps that change other records, guided pickers (frozen-children)
  frozenChildren: { en: 'This {parent} is {state}; its {children} can no longer be changed.', zh: '{parent}{state}，{children}不可再修改。' },
  stepConfirmTitle: { en: 'Mark as {state}?', zh: '确认标记为{state}？' },
  stepEffect: {
    en: 'Marking it {state} adds the {amount} of its {count} {children} to their {target}’s {field}.',
    zh: '标记为{state}将把 {count} 条{children}的{amount}加到对应{target}的{field}。',
  },
  stepEffectUncounted: {
    en: 'Marking it {state} adds the {amount} of its {children} to their {target}’s {field}.',
    zh: '标记为{state}将把{children}的{amount}加到对应{target}的{field}。',
  },
  // retail-orders: steps that take stock, fields the record's state settles
  stepEffectTake: {
    en: 'Marking it {state} takes the {amount} of its {count} {children} from their {target}’s {field}.',
    zh: '标记为{state}将从对应{target}的{field}中扣除 {count} 条{children}的{amount}。',
  },
  stepEffectTakeUncounted: {
    en: 'Marking it {state} takes the {amount} of its {children} from their {target}’s {field}.',
    zh: '标记为{state}将从对应{target}的{field}中扣除{children}的{amount}。',
  },
  lockedByState: { en: 'Cannot be changed while it is {state}', zh: '{state}状态下不可修改' },
  preferredChoices: { en: '{records} of this {field}', zh: '本{field}{records}' },
  otherChoices: { en: 'Others', zh: '其他' },
  // Date-times on the shop's clock (SHOP_TIME_ZONE), whatever the browser's zone
  shopTimeZoneHint: { en: 'Shop time ({zone})', zh: '店铺时间（{zone}）' },
  // Audit log and records named by id
  auditRecordGone: { en: 'no longer exists', zh: '已不存在' },
  referenceNoAccess: { en: 'No access #{id}', zh: '无权查看 #{id}' },
  // Saved views, column chooser, in-place editing, bulk status change and assign (saved-views)
  columns: { en: 'Columns', zh: '显示列' },
  columnsReset: { en: 'Default columns', zh: '恢复默认列' },
  views: { en: 'Views', zh: '视图' },
  viewsNone: { en: 'No saved views yet', zh: '还没有保存的视图' },
  viewSaveAs: { en: 'Save current view as…', zh: '将当前视图另存为…' },
  viewName: { en: 'Name of the view', zh: '视图名称' },
  viewShareWithRole: { en: 'Share with my role', zh: '与同角色的同事共享' },
  viewShared: { en: 'Shared with my role', zh: '已与同角色共享' },
  viewSharedWithMe: { en: 'Shared by a colleague', zh: '同事共享' },
  viewDelete: { en: 'Delete view {name}', zh: '删除视图 {name}' },
  viewSaved: { en: 'View "{name}" saved', zh: '已保存视图“{name}”' },
  viewApplied: { en: 'Showing view "{name}"', zh: '已应用视图“{name}”' },
  inlineEdit: { en: 'Edit {field}', zh: '编辑{field}' },
  inlineConflict: {
    en: 'Someone else changed this record meanwhile; the row was reloaded. Enter your change again.',
    zh: '该记录已被他人修改，已重新加载该行，请重新输入您的修改。',
  },
  bulkSet: { en: 'Change status / assign', zh: '批量改状态/分配' },
  bulkSetTitle: { en: 'Change {count} selected records', zh: '批量修改所选 {count} 条记录' },
  bulkSetValue: { en: 'New value', zh: '新值' },
  bulkSetNobody: { en: 'Nobody', zh: '无人' },
  bulkSetBefore: { en: 'Now', zh: '当前值' },
  bulkSetAfter: { en: 'After', zh: '修改后' },
  bulkSetOutcome: { en: 'Outcome', zh: '结果' },
  bulkSetWillChange: { en: 'Will change', zh: '将修改' },
  bulkSetUnchanged: { en: 'Already so', zh: '无需修改' },
  bulkSetSummary: {
    en: '{total, plural, one {# record} other {# records}}; {refused} would be refused. Nothing is changed unless every one can be.',
    zh: '共 {total} 条；{refused} 条会被拒绝。只有全部可以修改时才会执行。',
  },
  // Work queues, reminders, comments and the activity stream (queues/, comments/)
  queueCount: { en: '{count} in this queue', zh: '此队列共 {count} 条' },
  reminders: { en: 'Reminders', zh: '提醒' },
  remindersNone: { en: 'Nothing due', zh: '暂无待办提醒' },
  remindersNotice: { en: 'Due now: {list}', zh: '待办提醒：{list}' },
  activity: { en: 'Activity', zh: '动态' },
  activityEmpty: { en: 'No activity yet.', zh: '暂无动态。' },
  commented: { en: 'Comment', zh: '评论' },
  commentAdd: { en: 'Add a comment', zh: '添加评论' },
  commentPost: { en: 'Post comment', zh: '发表评论' },
  commentPosted: { en: 'Comment posted', zh: '评论已发表' },
  commentDelete: { en: 'Delete comment', zh: '删除评论' },
  commentDeleted: { en: 'Comment deleted', zh: '评论已删除' },
  commentTooLong: { en: 'At most {max} characters', zh: '最多 {max} 个字符' },
  // Dashboards you act on: readable durations, period presets with comparison, click-through to lists
  durationMinutes: { en: '{n} min', zh: '{n} 分钟' },
  durationHours: { en: '{n} h', zh: '{n} 小时' },
  durationDays: { en: '{days, plural, one {# day} other {# days}}', zh: '{days} 天' },
  durationFilterLabel: { en: '{field} (minutes) {bound}', zh: '{field}(分钟){bound}' },
  dashboardPeriod: { en: 'Period', zh: '时段' },
  dashboardPresetAll: { en: 'All time', zh: '全部时间' },
  dashboardPresetToday: { en: 'Today', zh: '今天' },
  dashboardPresetLast7: { en: 'Last 7 days', zh: '近7天' },
  dashboardPresetThisMonth: { en: 'This month', zh: '本月' },
  dashboardPresetLastMonth: { en: 'Last month', zh: '上月' },
  dashboardPresetCustom: { en: 'Custom', zh: '自定义' },
  dashboardPeriodRange: { en: '{from} – {to}', zh: '{from} 至 {to}' },
  dashboardPrevious: { en: 'Previous period ({range}): {value}', zh: '上一时段({range})：{value}' },
  dashboardChangeNone: { en: 'no change', zh: '持平' },
  dashboardChangeFromZero: { en: 'up from none', zh: '从无到有' },
  dashboardLowerIsBetter: { en: 'lower is better', zh: '越低越好' },
  dashboardHigherIsBetter: { en: 'higher is better', zh: '越高越好' },
  dashboardShowAll: { en: 'Show all', zh: '查看全部' },
  dashboardOpenList: { en: 'Open the list: {name}', zh: '打开列表：{name}' },
  // Session ended under a save: the sign-in page says why, the form says its values are back
  sessionEnded: { en: 'Your session ended; sign in again.', zh: '您的登录已过期，请重新登录。' },
  sessionEndedChangesKept: {
    en: 'Your session ended; sign in again, your unsaved changes are kept.',
    zh: '您的登录已过期，请重新登录；未保存的修改已为您保留。',
  },
  draftRestored: {
    en: 'Your unsaved changes from before you signed in again are back in the form. Check them and save.',
    zh: '重新登录前未保存的修改已恢复到表单中，请检查后保存。',
  },
} satisfies Record<string, Label>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageValues = Record<string, string | number>;

/** `{count, plural, one {# row} other {# rows}}`: the forms hold no braces but `#`. */
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /([\w=]+)\s*\{([^{}]*)\}/g;

/**
 * Replaces each `{name}` in `text` by `values[name]`, and each plural by the form the locale's
 * rules pick for that number (`=0`, `one`, `other`…); unknown names are left as written.
 */
export function fill(text: string, values: MessageValues = {}, locale = 'en'): string {
  const rules = new Intl.PluralRules(intlLocale(locale));
  const plurals = text.replace(PLURAL, (placeholder, name: string, body: string) => {
    if (!(name in values)) return placeholder;
    const forms = new Map([...body.matchAll(PLURAL_FORM)].map(([, selector, form]) => [selector, form]));
    const value = values[name];
    const form = forms.get(`=${value}`) ?? forms.get(typeof value === 'number' ? rules.select(value) : 'other') ?? forms.get('other') ?? '';
    return form.replace(/#/g, String(value));
  });
  return plurals.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/** Returns a function that says a message in the admin's current locale. */
export function useMessage(): (key: MessageKey, values?: MessageValues) => string {
  return useMessagesOf(MESSAGES);
}

/**
 * The same for a table of messages kept beside a lazily loaded page, so its words load with it
 * rather than with the sign-in page (whose script has a size budget).
 */
export function useMessagesOf<K extends string>(table: Readonly<Record<K, Label>>): (key: K, values?: MessageValues) => string {
  const [locale] = useLocaleState();
  return (key, values) => fill(labelFor(table[key], locale), values, locale);
}
