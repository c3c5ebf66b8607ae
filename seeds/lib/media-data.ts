/** The demo media partners; the PR seed also reads it for outlet web addresses. */
import type { PartnerStatus } from './contracts.ts';

export type MediaKind = 'search_engine' | 'edm' | 'portal' | 'vertical_site' | 'cps_network' | 'news' | 'tv' | 'newspaper';
type Pricing = 'cpc' | 'cps' | 'cpm' | 'flat';

export interface MediaSeed {
  name: string;
  kind: MediaKind;
  pricing: Pricing;
  domain: string;
  status: PartnerStatus;
  areaCode: string;
}

export const MEDIA_PARTNERS: readonly MediaSeed[] = [
  { name: '百度搜索推广', kind: 'search_engine', pricing: 'cpc', domain: 'baidu.com', status: 'active', areaCode: '010' },
  { name: 'Google Ads', kind: 'search_engine', pricing: 'cpc', domain: 'google.com', status: 'paused', areaCode: '010' },
  { name: '搜狗搜索推广', kind: 'search_engine', pricing: 'cpc', domain: 'sogou.com', status: 'active', areaCode: '010' },
  { name: '360点睛营销平台', kind: 'search_engine', pricing: 'cpc', domain: '360.cn', status: 'negotiating', areaCode: '010' },
  { name: 'Webpower中国EDM', kind: 'edm', pricing: 'cpm', domain: 'webpowerchina.com', status: 'active', areaCode: '021' },
  { name: '亿业科技Focussend', kind: 'edm', pricing: 'cpm', domain: 'focussend.com', status: 'ended', areaCode: '021' },
  { name: '云极邮件营销', kind: 'edm', pricing: 'flat', domain: 'yunji-edm.com', status: 'active', areaCode: '0571' },
  { name: '新浪网', kind: 'portal', pricing: 'cpm', domain: 'sina.com.cn', status: 'active', areaCode: '010' },
  { name: '搜狐网', kind: 'portal', pricing: 'flat', domain: 'sohu.com', status: 'active', areaCode: '010' },
  { name: '网易', kind: 'portal', pricing: 'cpm', domain: '163.com', status: 'paused', areaCode: '020' },
  { name: '腾讯网', kind: 'portal', pricing: 'flat', domain: 'qq.com', status: 'active', areaCode: '0755' },
  { name: '中关村在线', kind: 'vertical_site', pricing: 'cpc', domain: 'zol.com.cn', status: 'active', areaCode: '010' },
  { name: '太平洋电脑网', kind: 'vertical_site', pricing: 'cpm', domain: 'pconline.com.cn', status: 'active', areaCode: '020' },
  { name: '什么值得买', kind: 'vertical_site', pricing: 'cps', domain: 'smzdm.com', status: 'active', areaCode: '010' },
  { name: '瑞丽网', kind: 'vertical_site', pricing: 'flat', domain: 'rayli.com.cn', status: 'ended', areaCode: '010' },
  { name: '下厨房', kind: 'vertical_site', pricing: 'cpm', domain: 'xiachufang.com', status: 'negotiating', areaCode: '010' },
  { name: '亿起发', kind: 'cps_network', pricing: 'cps', domain: 'yiqifa.com', status: 'active', areaCode: '010' },
  { name: '领克特', kind: 'cps_network', pricing: 'cps', domain: 'linktech.cn', status: 'active', areaCode: '010' },
  { name: '成果网', kind: 'cps_network', pricing: 'cps', domain: 'chanet.com.cn', status: 'active', areaCode: '021' },
  { name: '多麦广告联盟', kind: 'cps_network', pricing: 'cps', domain: 'duomai.com', status: 'paused', areaCode: '021' },
  { name: '新华网', kind: 'news', pricing: 'flat', domain: 'xinhuanet.com', status: 'active', areaCode: '010' },
  { name: '人民网', kind: 'news', pricing: 'flat', domain: 'people.com.cn', status: 'active', areaCode: '010' },
  { name: '澎湃新闻', kind: 'news', pricing: 'flat', domain: 'thepaper.cn', status: 'active', areaCode: '021' },
  { name: '36氪', kind: 'news', pricing: 'cpm', domain: '36kr.com', status: 'active', areaCode: '010' },
  { name: '东方卫视', kind: 'tv', pricing: 'flat', domain: 'dragontv.cn', status: 'active', areaCode: '021' },
  { name: '湖南卫视', kind: 'tv', pricing: 'flat', domain: 'mgtv.com', status: 'ended', areaCode: '010' },
  { name: '中央电视台财经频道', kind: 'tv', pricing: 'flat', domain: 'cctv.com', status: 'negotiating', areaCode: '010' },
  { name: '南方都市报', kind: 'newspaper', pricing: 'flat', domain: 'oeeee.com', status: 'active', areaCode: '020' },
  { name: '新民晚报', kind: 'newspaper', pricing: 'flat', domain: 'xinmin.cn', status: 'active', areaCode: '021' },
  { name: '经济观察报', kind: 'newspaper', pricing: 'flat', domain: 'eeo.com.cn', status: 'paused', areaCode: '010' },
];
