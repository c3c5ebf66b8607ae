/**
 * react-admin 5 messages that @haxqer/ra-language-chinese (written for react-admin 4) lacks.
 * tests/client/i18n-keys.test.tsx fails when react-admin's English gains a key not here or there.
 */
export const zhMissing = {
  ra: {
    action: {
      reset: '重置',
      search_columns: '搜索列',
      select_all_button: '全选',
    },
    page: {
      access_denied: '拒绝访问',
      authentication_error: '认证错误',
    },
    message: {
      access_denied: '您没有访问此页面的权限',
      authentication_error: '认证服务器返回错误，无法验证您的凭据。',
      select_all_limit_reached: '记录太多，无法全部选中。仅选中了前 %{max} 条。',
      placeholder_data_warning: '网络问题：数据刷新失败。',
    },
    navigation: {
      clear_filters: '清除筛选条件',
      no_filtered_results: '当前筛选条件下没有找到%{name}。',
    },
    auth: {
      email: '电子邮箱',
    },
    notification: {
      offline: '没有网络连接，无法获取数据。',
    },
    validation: {
      unique: '必须唯一',
    },
    guesser: {
      empty: {
        title: '没有可显示的数据',
        message: '请检查数据提供者',
      },
    },
  },
};
