/**
 * react-admin's messages that carry a count (`%{smart_count}`), worded to read right for one
 * and for many. Polyglot picks the form: English has two ("one |||| many"); Chinese has a single
 * form for every count, so the Chinese text must say the number itself. The packaged Chinese had
 * "选中1项 |||| 选中%{smart_count}项", whose first form polyglot always chose: three ticked rows
 * read "选中1项". tests/client/i18n-keys.test.tsx checks every count message of both trees.
 * The notices beside them say "record", the word the rest of the back office uses.
 */
export const enCounts = {
  ra: {
    action: {
      bulk_actions: '1 item selected |||| %{smart_count} items selected',
    },
    message: {
      bulk_delete_content:
        'Are you sure you want to delete this %{name}? |||| Are you sure you want to delete these %{smart_count} items?',
      bulk_delete_title: 'Delete %{name} |||| Delete %{smart_count} %{name}',
      bulk_update_content:
        'Are you sure you want to update %{name} %{recordRepresentation}? |||| Are you sure you want to update these %{smart_count} items?',
      bulk_update_title: 'Update %{name} %{recordRepresentation} |||| Update %{smart_count} %{name}',
    },
    notification: {
      // "Element" is react-admin's word; a back office saves and deletes records.
      updated: 'Record updated |||| %{smart_count} records updated',
      created: 'Record created',
      deleted: 'Record deleted |||| %{smart_count} records deleted',
      item_doesnt_exist: 'This record does not exist',
      bad_item: 'Incorrect record',
    },
  },
};

export const zhCounts = {
  ra: {
    action: {
      bulk_actions: '选中 %{smart_count} 项',
    },
    message: {
      bulk_delete_content: '确定要删除选中的 %{smart_count} 项%{name}吗？',
      bulk_delete_title: '删除 %{smart_count} 项%{name}',
      bulk_update_content: '确定要更新选中的 %{smart_count} 项%{name}吗？',
      bulk_update_title: '更新 %{smart_count} 项%{name}',
    },
    notification: {
      updated: '已更新 %{smart_count} 条记录',
      created: '记录已创建',
      deleted: '已删除 %{smart_count} 条记录',
      item_doesnt_exist: '该记录不存在',
      bad_item: '记录有误',
    },
  },
};
