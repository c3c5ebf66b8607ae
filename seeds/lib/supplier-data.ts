/**
 * The fifteen demo suppliers. Each serves one branch of the catalog, so a product's supplier
 * and a purchase list's items fit together.
 */
import type { SupplierGroup } from './catalog-data.ts';

export interface SupplierSeed {
  name: string;
  group: SupplierGroup;
  /** Area code of the supplier's city, for its landline. */
  areaCode: string;
  /** Email domain. */
  domain: string;
  address: string;
  paymentTerms: string;
  rating: number;
}

export const SUPPLIERS: readonly SupplierSeed[] = [
  { name: '深圳市华强数码科技有限公司', group: 'digital', areaCode: '0755', domain: 'hq-digital.com.cn', address: '广东省深圳市福田区华强北路1019号华强广场B座12楼', paymentTerms: '月结30天', rating: 5 },
  { name: '上海联讯通信设备有限公司', group: 'digital', areaCode: '021', domain: 'lianxun-tel.cn', address: '上海市闵行区莘庄工业区申富路618号', paymentTerms: '月结45天', rating: 4 },
  { name: '北京中科恒业电脑有限公司', group: 'digital', areaCode: '010', domain: 'zkhy-pc.com', address: '北京市海淀区中关村大街27号中关村大厦9层', paymentTerms: '款到发货', rating: 4 },
  { name: '广州美华家电贸易有限公司', group: 'digital', areaCode: '020', domain: 'meihua-ha.com', address: '广东省广州市天河区天河路385号太古汇一座21楼', paymentTerms: '月结60天', rating: 3 },
  { name: '杭州智家电器供应链有限公司', group: 'digital', areaCode: '0571', domain: 'zhijia-scm.com', address: '浙江省杭州市余杭区文一西路998号海创园5号楼', paymentTerms: '货到付款', rating: 4 },
  { name: '杭州四季青服饰有限公司', group: 'apparel', areaCode: '0571', domain: 'sjq-fashion.com', address: '浙江省杭州市上城区杭海路78号四季青服装大厦', paymentTerms: '月结30天', rating: 4 },
  { name: '广州白马服装贸易有限公司', group: 'apparel', areaCode: '020', domain: 'baima-apparel.cn', address: '广东省广州市越秀区站南路16号白马大厦8楼', paymentTerms: '预付30%,月结30天', rating: 3 },
  { name: '上海锦绣纺织品进出口有限公司', group: 'apparel', areaCode: '021', domain: 'jinxiu-textile.com', address: '上海市静安区南京西路1266号恒隆广场28楼', paymentTerms: '月结45天', rating: 5 },
  { name: '深圳步步高鞋业有限公司', group: 'apparel', areaCode: '0755', domain: 'bbg-shoes.cn', address: '广东省深圳市龙岗区坂田街道雪岗路2018号', paymentTerms: '月结30天', rating: 2 },
  { name: '北京万通箱包有限公司', group: 'apparel', areaCode: '010', domain: 'wantong-bags.com', address: '北京市丰台区南三环西路16号搜宝商务中心3号楼', paymentTerms: '款到发货', rating: 3 },
  { name: '上海鲜丰食品有限公司', group: 'food', areaCode: '021', domain: 'xianfeng-food.com', address: '上海市浦东新区张江高科技园区蔡伦路88号', paymentTerms: '月结30天', rating: 4 },
  { name: '北京京粮商贸有限公司', group: 'food', areaCode: '010', domain: 'jingliang-trade.cn', address: '北京市朝阳区东三环北路38号泰康金融大厦15层', paymentTerms: '月结60天', rating: 5 },
  { name: '广州粤海酒业有限公司', group: 'food', areaCode: '020', domain: 'yuehai-wine.com', address: '广东省广州市海珠区新港东路1068号中洲中心北塔', paymentTerms: '预付50%,货到付清', rating: 3 },
  { name: '杭州坚果部落电子商务有限公司', group: 'food', areaCode: '0571', domain: 'nut-tribe.com', address: '浙江省杭州市西湖区文三路478号华星时代广场A座', paymentTerms: '月结30天', rating: 4 },
  { name: '深圳优选粮油供应链有限公司', group: 'food', areaCode: '0755', domain: 'youxuan-grain.cn', address: '广东省深圳市南山区科技园南区深南大道9966号威盛科技大厦', paymentTerms: '月结15天', rating: 1 },
];
