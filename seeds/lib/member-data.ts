/**
 * The shop's customers as the demo draws them: Chinese names (surnames by how common they are,
 * one- and two-character given names), mainland mobile numbers and delivery addresses of real
 * provinces, cities and districts.
 */
import type { Random } from './random.ts';

/** The most common surnames, weighted roughly by their share of the population. */
const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 72], ['李', 'li', 72], ['张', 'zhang', 68], ['刘', 'liu', 53], ['陈', 'chen', 45], ['杨', 'yang', 31],
  ['黄', 'huang', 24], ['赵', 'zhao', 20], ['吴', 'wu', 19], ['周', 'zhou', 19], ['徐', 'xu', 14], ['孙', 'sun', 13],
  ['马', 'ma', 12], ['朱', 'zhu', 11], ['胡', 'hu', 11], ['郭', 'guo', 11], ['何', 'he', 10], ['林', 'lin', 9],
  ['高', 'gao', 9], ['罗', 'luo', 9], ['郑', 'zheng', 8], ['梁', 'liang', 8], ['谢', 'xie', 7], ['宋', 'song', 7],
  ['唐', 'tang', 7], ['许', 'xu', 6], ['韩', 'han', 6], ['冯', 'feng', 6], ['邓', 'deng', 6], ['曹', 'cao', 6],
  ['彭', 'peng', 5], ['曾', 'zeng', 5], ['肖', 'xiao', 5], ['田', 'tian', 5], ['董', 'dong', 5], ['袁', 'yuan', 5],
  ['潘', 'pan', 4], ['于', 'yu', 4], ['蒋', 'jiang', 4], ['蔡', 'cai', 4], ['余', 'yu', 4], ['杜', 'du', 4],
  ['叶', 'ye', 4], ['程', 'cheng', 4], ['苏', 'su', 3], ['魏', 'wei', 3], ['吕', 'lv', 3], ['丁', 'ding', 3],
  ['任', 'ren', 3], ['沈', 'shen', 3], ['姚', 'yao', 3], ['卢', 'lu', 3], ['姜', 'jiang', 3], ['崔', 'cui', 3],
  ['钟', 'zhong', 3], ['谭', 'tan', 3], ['陆', 'lu', 3], ['汪', 'wang', 2], ['范', 'fan', 2], ['金', 'jin', 2],
  ['欧阳', 'ouyang', 1], ['司马', 'sima', 1], ['上官', 'shangguan', 1],
];
const SURNAME_WEIGHTS = SURNAMES.map((entry, index) => [index, entry[2]] as const);

/** Characters given names are made of, and common whole given names. */
const GIVEN_FIRST = ['子', '梓', '欣', '雨', '思', '浩', '俊', '佳', '文', '嘉', '一', '宇', '晓', '志', '建', '海', '春', '秀', '国', '立', '明', '慧', '婉', '若', '诗', '家', '天', '可'];
const GIVEN_SECOND = ['涵', '萱', '怡', '轩', '琪', '然', '杰', '宁', '博', '辰', '航', '婷', '峰', '强', '华', '燕', '梅', '英', '栋', '新', '敏', '静', '彤', '瑶', '晨', '阳', '琳', '鹏', '磊', '洁', '凯', '颖'];
const GIVEN_SINGLE = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '鑫', '斌', '蕾', '健', '亮'];

export interface MemberPerson {
  name: string;
  pinyin: string;
}

export function memberPerson(rng: Random): MemberPerson {
  const [surname, pinyin] = SURNAMES[rng.weighted(SURNAME_WEIGHTS)];
  const given = rng.chance(0.3) ? rng.pick(GIVEN_SINGLE) : rng.pick(GIVEN_FIRST) + rng.pick(GIVEN_SECOND);
  return { name: surname + given, pinyin };
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '166', '176', '177', '180', '181', '182', '185', '186', '187', '188', '189', '191', '199'];

/** An 11-digit mainland mobile number not in `taken` (which it joins). */
export function uniqueMobile(rng: Random, taken: Set<string>): string {
  for (;;) {
    const number = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

const MAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'gmail.com', 'outlook.com', 'yeah.net'];

export function memberEmail(rng: Random, person: MemberPerson): string {
  return `${person.pinyin}${rng.int(1, 9999)}@${rng.pick(MAIL_DOMAINS)}`;
}

interface City {
  province: string;
  city: string;
  districts: readonly string[];
  weight: number;
}

const CITIES: readonly City[] = [
  { province: '', city: '北京市', districts: ['朝阳区', '海淀区', '东城区', '西城区', '丰台区', '通州区', '昌平区'], weight: 12 },
  { province: '', city: '上海市', districts: ['浦东新区', '徐汇区', '静安区', '黄浦区', '长宁区', '闵行区', '杨浦区'], weight: 12 },
  { province: '广东省', city: '广州市', districts: ['天河区', '越秀区', '海珠区', '番禺区', '白云区'], weight: 9 },
  { province: '广东省', city: '深圳市', districts: ['南山区', '福田区', '罗湖区', '宝安区', '龙岗区'], weight: 9 },
  { province: '浙江省', city: '杭州市', districts: ['西湖区', '上城区', '滨江区', '余杭区', '拱墅区'], weight: 7 },
  { province: '江苏省', city: '南京市', districts: ['鼓楼区', '玄武区', '秦淮区', '建邺区', '江宁区'], weight: 6 },
  { province: '江苏省', city: '苏州市', districts: ['姑苏区', '工业园区', '吴中区', '相城区'], weight: 5 },
  { province: '四川省', city: '成都市', districts: ['锦江区', '武侯区', '青羊区', '高新区', '成华区'], weight: 6 },
  { province: '湖北省', city: '武汉市', districts: ['江汉区', '武昌区', '洪山区', '江岸区'], weight: 5 },
  { province: '', city: '重庆市', districts: ['渝中区', '江北区', '南岸区', '渝北区', '沙坪坝区'], weight: 5 },
  { province: '陕西省', city: '西安市', districts: ['雁塔区', '碑林区', '未央区', '莲湖区'], weight: 4 },
  { province: '', city: '天津市', districts: ['和平区', '南开区', '河西区', '滨海新区'], weight: 4 },
  { province: '山东省', city: '青岛市', districts: ['市南区', '市北区', '崂山区', '黄岛区'], weight: 3 },
  { province: '福建省', city: '厦门市', districts: ['思明区', '湖里区', '集美区'], weight: 3 },
  { province: '湖南省', city: '长沙市', districts: ['岳麓区', '芙蓉区', '天心区', '开福区'], weight: 3 },
  { province: '河南省', city: '郑州市', districts: ['金水区', '二七区', '中原区', '郑东新区'], weight: 3 },
  { province: '辽宁省', city: '沈阳市', districts: ['和平区', '沈河区', '皇姑区', '浑南区'], weight: 2 },
  { province: '云南省', city: '昆明市', districts: ['五华区', '盘龙区', '官渡区'], weight: 2 },
];
const CITY_WEIGHTS = CITIES.map((city, index) => [index, city.weight] as const);
const ROADS = ['人民路', '中山路', '建设路', '解放路', '和平路', '长江路', '黄河路', '文化路', '学院路', '新华路', '科技路', '世纪大道', '滨江大道', '环城东路', '光明街'];
const ESTATES = ['阳光花园', '锦绣家园', '翠苑小区', '万科城', '碧桂园', '绿地新都会', '保利花园', '华润置地', '金色家园', '龙湖春江郦城', '世茂滨江', '幸福里'];

/** A delivery address such as 浙江省杭州市西湖区文化路88号翠苑小区3栋1202室. */
export function address(rng: Random): string {
  const city = CITIES[rng.weighted(CITY_WEIGHTS)];
  const street = `${rng.pick(ROADS)}${rng.int(1, 999)}号`;
  const home = rng.chance(0.85) ? `${rng.pick(ESTATES)}${rng.int(1, 30)}栋${rng.int(1, 32)}${String(rng.int(1, 4)).padStart(2, '0')}室` : `${rng.int(1, 20)}楼`;
  return `${city.province}${city.city}${rng.pick(city.districts)}${street}${home}`;
}
