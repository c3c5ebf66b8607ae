/**
 * Texts for the PR seed: event titles per kind, venues, summaries, and headline templates for
 * the press clippings. "优品汇" is the demo shop's name as the press would write it.
 */

export const SHOP_NAME = '优品汇';

export type EventKind = 'press_conference' | 'industry_seminar' | 'executive_interview' | 'news_release' | 'crisis_response';
export type InterviewChannel = 'web' | 'tv' | 'newspaper';

export interface EventSeed {
  title: string;
  kind: EventKind;
  /** Executive interviews only. */
  channel?: InterviewChannel;
  /** Fixed day (Beijing) for events tied to the calendar; the others get a random day. */
  on?: string;
}

export const EVENTS: readonly EventSeed[] = [
  { kind: 'press_conference', title: '双十一大促战略发布会', on: '2026-10-15' },
  { kind: 'press_conference', title: '华东智能仓储中心启用发布会' },
  { kind: 'press_conference', title: '会员体系全面升级发布会' },
  { kind: 'press_conference', title: '年货节启动暨产地直采计划发布会', on: '2026-01-08' },
  { kind: 'press_conference', title: '618年中大促战报发布会', on: '2026-06-19' },
  { kind: 'press_conference', title: '手机数码频道独家首发发布会' },
  { kind: 'press_conference', title: '品牌焕新暨新标识发布会' },
  { kind: 'press_conference', title: '2027年度战略合作伙伴签约发布会', on: '2026-12-18' },
  { kind: 'industry_seminar', title: '中国电子商务物流峰会圆桌论坛' },
  { kind: 'industry_seminar', title: 'B2C电商用户体验研讨会' },
  { kind: 'industry_seminar', title: '移动支付与电商安全研讨会' },
  { kind: 'industry_seminar', title: '生鲜电商冷链配送研讨会' },
  { kind: 'industry_seminar', title: '跨境电商政策解读研讨会' },
  { kind: 'industry_seminar', title: '数据驱动的电商营销研讨会' },
  { kind: 'industry_seminar', title: '县域电商发展论坛' },
  { kind: 'executive_interview', channel: 'web', title: 'CEO做客新浪财经:谈电商下半场' },
  { kind: 'executive_interview', channel: 'tv', title: '总裁接受东方卫视《财经夜行线》专访' },
  { kind: 'executive_interview', channel: 'newspaper', title: '副总裁接受南方都市报专访:自建物流之路' },
  { kind: 'executive_interview', channel: 'web', title: 'CEO做客腾讯科技:双十一备战全记录', on: '2026-10-28' },
  { kind: 'executive_interview', channel: 'newspaper', title: '运营副总裁接受经济观察报采访' },
  { kind: 'executive_interview', channel: 'tv', title: 'CEO接受央视财经频道《对话》访谈' },
  { kind: 'executive_interview', channel: 'web', title: '市场总监网易直播间在线访谈' },
  { kind: 'executive_interview', channel: 'newspaper', title: '采购总监谈正品保障:新民晚报专访' },
  { kind: 'executive_interview', channel: 'web', title: 'CEO做客36氪:开放平台战略' },
  { kind: 'executive_interview', channel: 'tv', title: '总裁做客湖南卫视谈青年创业' },
  { kind: 'news_release', title: '双十一全天销售额突破10亿元', on: '2025-11-12' },
  { kind: 'news_release', title: '新增200个城市实现次日达' },
  { kind: 'news_release', title: '与支付宝深化战略合作' },
  { kind: 'news_release', title: '开放平台招商正式启动' },
  { kind: 'news_release', title: '注册用户突破5000万' },
  { kind: 'news_release', title: '荣获年度最佳B2C电商平台' },
  { kind: 'news_release', title: '七天无理由退货服务全面升级' },
  { kind: 'news_release', title: '正品保障计划正式上线' },
  { kind: 'news_release', title: '618销售额同比增长65%', on: '2025-06-19' },
  { kind: 'news_release', title: '手机客户端3.0版本发布' },
  { kind: 'crisis_response', title: '双十一物流延迟致歉及补偿方案', on: '2025-11-16' },
  { kind: 'crisis_response', title: '关于"售假"网络传言的澄清声明' },
  { kind: 'crisis_response', title: '用户信息安全事件应对' },
  { kind: 'crisis_response', title: '价格标错订单处理说明' },
  { kind: 'crisis_response', title: '春节期间客服排队问题回应', on: '2026-02-20' },
];

export const VENUES: Record<EventKind, readonly (string | null)[]> = {
  press_conference: ['北京国家会议中心', '上海国际会议中心', '深圳会展中心', '杭州国际博览中心', '公司总部多功能厅'],
  industry_seminar: ['北京国贸大酒店', '上海浦东香格里拉大酒店', '广州白天鹅宾馆', '杭州西湖国宾馆', '成都世纪城国际会议中心'],
  executive_interview: ['公司总部会议室', '媒体演播室'],
  news_release: [null, '线上发布'],
  crisis_response: [null, '公司总部'],
};

export const SUMMARIES: Record<EventKind, readonly string[]> = {
  press_conference: [
    '邀请主流财经及科技媒体约80家,发布会后安排高管群访,同步网络直播。',
    '发布会分为主题演讲、战略签约和媒体问答三个环节,新闻通稿会后两小时内投放。',
  ],
  industry_seminar: [
    '公司派副总裁出席并做主题演讲,会后与行业媒体交流,收集嘉宾观点用于后续新闻稿。',
    '联合行业协会主办,邀请品牌商、物流及支付合作伙伴参会,探讨行业趋势。',
  ],
  executive_interview: [
    '访谈提纲已与媒体确认,重点介绍公司战略、物流建设与正品保障,提前准备演讲大纲与PPT。',
    '访谈时长约40分钟,内容包括创业历程、用户体验与行业展望,播出后同步剪辑短视频传播。',
  ],
  news_release: [
    '新闻稿经品牌公关组审核后,通过门户、新闻网站及垂直媒体统一投放。',
    '配合运营部促销节奏发布,稿件附数据图表,重点投放财经与科技频道。',
  ],
  crisis_response: [
    '舆情监测发现负面讨论升温,两小时内成立应对小组,发布官方声明并联系核心媒体说明情况。',
    '客服部同步更新应答口径,品牌公关组跟进论坛与微博口碑,持续监测一周。',
  ],
};

export const HEADLINES: Record<EventKind, readonly string[]> = {
  press_conference: ['{c}举行{e}', '{c}召开{e} 加码电商布局', '直击{e}:{c}亮出新打法', '{c}{e}现场三大看点'],
  industry_seminar: ['{e}召开 {c}分享实践经验', '{c}高管出席{e}', '{e}:电商企业如何破局'],
  executive_interview: ['{e}', '{c}掌门人谈电商未来:规模之后拼服务', '对话{c}:用户体验是最好的营销'],
  news_release: ['{c}:{e}', '{e} {c}再传捷报', '{c}宣布{e}'],
  crisis_response: ['{c}发布{e}', '{c}就舆情作出回应:{e}'],
};

/** Headlines for negative coverage, whatever the event. */
export const NEGATIVE_HEADLINES: readonly string[] = ['{c}陷舆论风波 {e}引争议', '{e}之后 {c}消费者仍有疑问', '{c}{e}遭网友吐槽'];

/** Outlets that report on the shop without a media partnership. */
export const OTHER_OUTLETS: readonly { name: string; domain: string }[] = [
  { name: '第一财经', domain: 'yicai.com' },
  { name: '21世纪经济报道', domain: '21jingji.com' },
  { name: '界面新闻', domain: 'jiemian.com' },
  { name: '亿邦动力网', domain: 'ebrun.com' },
  { name: '电商报', domain: 'dsb.cn' },
  { name: '钛媒体', domain: 'tmtpost.com' },
  { name: '虎嗅网', domain: 'huxiu.com' },
];
