/**
 * Chinese personal names and contact details for staff, supplier and partner contacts.
 */
import type { Random } from './random.ts';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '邓', '曹', '彭'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '文博', '子涵', '欣怡', '浩然', '雨轩', '梓萱', '俊杰', '晓东', '海燕', '志刚', '春梅', '国栋', '丹丹', '佳琪', '宇航', '思琪', '立新'];

/** Surname -> pinyin, for usernames and email addresses. */
const SURNAME_PINYIN: Record<string, string> = {
  王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou',
  徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 林: 'lin', 罗: 'luo', 高: 'gao',
  郑: 'zheng', 梁: 'liang', 谢: 'xie', 宋: 'song', 唐: 'tang', 韩: 'han', 冯: 'feng', 邓: 'deng', 曹: 'cao', 彭: 'peng',
};

export interface Person {
  fullName: string;
  /** Pinyin of the surname, e.g. "wang". */
  surnamePinyin: string;
}

export function person(rng: Random): Person {
  const surname = rng.pick(SURNAMES);
  return { fullName: surname + rng.pick(GIVEN), surnamePinyin: SURNAME_PINYIN[surname] };
}

/** A mainland mobile number such as 13812345678. */
export function mobile(rng: Random): string {
  const prefix = rng.pick(['133', '135', '136', '137', '138', '139', '150', '151', '158', '159', '186', '187', '188', '189']);
  return prefix + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

const AREA_CODES = [
  { code: '010', first: ['5', '6', '8'] }, // 北京
  { code: '021', first: ['5', '6'] }, // 上海
  { code: '020', first: ['3', '8'] }, // 广州
  { code: '0755', first: ['2', '8'] }, // 深圳
  { code: '0571', first: ['8'] }, // 杭州
] as const;

/** A landline such as 021-58123456, optionally in the given area code. */
export function landline(rng: Random, areaCode?: string): string {
  const area = AREA_CODES.find((a) => a.code === areaCode) ?? rng.pick(AREA_CODES);
  return `${area.code}-${rng.pick(area.first)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}

export function phone(rng: Random, areaCode?: string): string {
  return rng.chance(0.5) ? landline(rng, areaCode) : mobile(rng);
}
