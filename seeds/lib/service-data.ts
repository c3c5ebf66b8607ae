/**
 * What customers ask the service desk about, per kind of ticket, and what the agents answer:
 * the texts of the demo tickets, and the desk's four manuals in Chinese and English.
 */

export type TicketKind = 'product_question' | 'promotion_question' | 'order_issue' | 'payment_question' | 'after_sales' | 'complaint';

export const QUESTIONS: Record<TicketKind, readonly string[]> = {
  product_question: ['这款商品有没有现货?', '商品尺寸和说明不一致,想确认规格', '请问这款是否支持全国联保?', '想了解两款型号的区别', '商品是否为正品行货?'],
  promotion_question: ['满减活动为什么没有生效?', '会员折扣能否和优惠券叠加?', '双十一预售定金可以退吗?', '促销价什么时候结束?', '赠品什么时候发货?'],
  order_issue: ['订单一直显示待发货', '想修改收货地址', '订单被拆分成两个包裹了吗?', '下单后想取消订单', '物流信息三天没有更新'],
  payment_question: ['支付宝付款成功但订单显示未支付', '可以用信用卡分期吗?', '货到付款支持哪些地区?', '网银支付被扣款两次', '财付通付款失败怎么办?'],
  after_sales: ['收到的商品有破损,申请换货', '七天无理由退货怎么操作?', '退款什么时候到账?', '商品使用一周出现故障', '发票抬头开错了需要重开'],
  complaint: ['快递员态度很差', '客服电话一直打不进来', '商品与描述严重不符', '退款拖延超过两周', '促销规则说明有误导'],
};

export const RESOLUTIONS: Record<TicketKind, readonly string[]> = {
  product_question: ['已确认库存并告知客户到货时间', '已发送规格参数,客户满意', '已说明保修政策'],
  promotion_question: ['已核实活动规则并手动补发优惠券', '已解释叠加规则,客户接受', '已转运营部确认后回复客户'],
  order_issue: ['已联系仓库加急发货', '已修改收货地址', '已协调物流公司查件并反馈'],
  payment_question: ['已核实到账并更新订单状态', '已提交财务原路退回重复扣款', '已指导客户更换支付方式'],
  after_sales: ['已安排上门取件换货', '已办理退货退款', '已补开发票并寄出'],
  complaint: ['已致歉并赠送优惠券', '已反馈相关部门整改并回访客户', '已升级处理并补偿运费'],
};

export interface ManualSeed {
  category: 'consultation' | 'product' | 'callback' | 'online_chat';
  language: 'zh' | 'en';
  title: string;
  body: string;
}

const section = (heading: string, items: readonly string[]) => `<h2>${heading}</h2><ol>${items.map((item) => `<li>${item}</li>`).join('')}</ol>`;

export const MANUALS: readonly ManualSeed[] = [
  {
    category: 'consultation',
    language: 'zh',
    title: '咨询手册:电话与邮件咨询标准流程',
    body:
      section('接听规范', ['铃响三声内接听,使用标准问候语:"您好,很高兴为您服务"', '确认客户身份与订单号', '复述客户问题,确认理解无误']) +
      section('处理原则', ['能当场解答的问题当场解答', '需要其他部门协助的,登记工单并告知客户回复时间', '结束前询问"请问还有其他可以帮您的吗"']),
  },
  {
    category: 'consultation',
    language: 'en',
    title: 'Consultation manual: phone and email enquiries',
    body:
      section('Answering', ['Answer within three rings with the standard greeting', "Confirm the customer's identity and order number", 'Repeat the question back to make sure it is understood']) +
      section('Handling', ['Answer on the spot whatever can be answered on the spot', 'Log a ticket when another department must help, and tell the customer when they will hear back', 'Before closing, ask whether there is anything else']),
  },
  {
    category: 'product',
    language: 'zh',
    title: '产品咨询手册:主推商品与常见问题',
    body:
      section('主推商品', ['每周一查看运营部发布的主推商品名单', '熟悉主推商品的卖点、规格和保修政策']) +
      section('常见问题', ['正品保证:所有商品均为品牌授权正品', '库存查询:以系统实时库存为准,缺货商品可登记到货提醒', '规格差异:以商品详情页参数为准,如有疑问转运营部确认']),
  },
  {
    category: 'product',
    language: 'en',
    title: 'Product manual: featured products and common questions',
    body:
      section('Featured products', ["Every Monday, read operations' list of products to push", 'Know their selling points, specifications and warranty terms']) +
      section('Common questions', ['Authenticity: every product is brand-authorised', 'Stock: the live stock in the system is the answer; offer an arrival notice when out of stock', 'Specifications: the product page is the reference; ask operations when in doubt']),
  },
  {
    category: 'callback',
    language: 'zh',
    title: '回访手册:售后回访话术',
    body:
      section('回访时机', ['工单解决后3个工作日内回访', '投诉类工单必须回访', '未接通的回访次日再拨一次']) +
      section('回访内容', ['确认问题是否已彻底解决', '请客户为本次服务打分(1-5分)', '记录客户的意见和建议']),
  },
  {
    category: 'callback',
    language: 'en',
    title: 'Callback manual: after-sales calls',
    body:
      section('When to call', ['Within 3 working days of the resolution', 'Always after a complaint', 'Call again the next day when nobody answers']) +
      section('What to ask', ['Whether the problem is fully solved', 'A rating of the service from 1 to 5', "The customer's comments and suggestions"]),
  },
  {
    category: 'online_chat',
    language: 'zh',
    title: '在线咨询手册:在线客服接待规范',
    body:
      section('响应要求', ['首次响应不超过30秒', '同时接待不超过5位客户', '使用快捷短语但避免机械回复']) +
      section('转化技巧', ['主动推荐相关促销和主推商品', '对犹豫的客户说明会员权益', '下单后提醒客户核对收货信息']),
  },
  {
    category: 'online_chat',
    language: 'en',
    title: 'Online chat manual: serving customers in chat',
    body:
      section('Responsiveness', ['First reply within 30 seconds', 'No more than 5 customers at a time', 'Use saved replies, but never sound mechanical']) +
      section('Converting', ['Suggest the current promotions and featured products', 'Explain the member benefits to hesitant customers', 'After the order, remind the customer to check the delivery address']),
  },
];
