/**
 * The words of the data-model screens, in English and Chinese. Kept beside the screens, which
 * load only when an administrator opens them.
 */
import type { MessageValues } from '../i18n/messages.ts';
import type { Label } from '../schema/types.ts';
import { useKit } from './kit.tsx';

export const MODEL_MESSAGES = {
  preview: { en: 'Preview: the form as it will be', zh: '预览：生成后的表单' },
  previewNote: { en: 'Try it: nothing here is saved.', zh: '可以试填，这里的内容不会保存。' },
  previewNoName: { en: 'Give the field a name and labels to see it.', zh: '填写字段名和名称后即可预览。' },
  previewNoLabel: { en: 'Give the resource its labels to see its menu entry and form.', zh: '填写名称后即可预览菜单项和表单。' },
  previewNoFields: { en: 'No fields yet: once it is saved, add runtime fields that name it.', zh: '暂无字段：保存后，可添加所属资源为它的自定义字段。' },
  choices: { en: 'Choices, one per line: value | 中文 | English', zh: '选项，每行一个：取值 | 中文 | English' },
  accessFor: { en: '{role}: access', zh: '{role}：权限' },
  accessNone: { en: 'None', zh: '无' },
  accessRead: { en: 'Read', zh: '只读' },
  accessAll: { en: 'All', zh: '全部' },
  accessOwn: { en: 'All, only their own records', zh: '全部(仅限本人创建的记录)' },
  fixedOnceCreated: { en: 'Fixed once created: delete the field and add a new one to change it.', zh: '创建后不可修改：如需更改，请删除后重新添加。' },
  exportAsCode: { en: 'Export as code', zh: '导出为代码' },
  exportIntro: {
    en: 'The definition and migration that would create this in code. Once deployed, the code takes over and this entry is retired.',
    zh: '以代码方式创建它所需的定义与迁移。部署后以代码为准，此条目随之停用。',
  },
  close: { en: 'Close', zh: '关闭' },
} satisfies Record<string, Label>;

export type ModelMessageKey = keyof typeof MODEL_MESSAGES;

export function useModelMessage(): (key: ModelMessageKey, values?: MessageValues) => string {
  const { fill, labelFor, ra } = useKit();
  const [locale] = ra.useLocaleState();
  return (key, values) => fill(labelFor(MODEL_MESSAGES[key], locale), values, locale);
}
