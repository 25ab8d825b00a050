// Word lists for people, shops and mailboxes. Names repeat across unrelated people on purpose:
// 张伟 is common in real data too, and a name alone must never join two sellers.
import type { Rng } from './random.js';

const SURNAMES = (
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任' +
  '沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
).split('');

const MALE_GIVEN = '伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 阳 建华 志强 建国 文斌 海峰 国庆 子轩 浩然 宇航 俊杰 振华 永强 晓东 志明 家豪'.split(' ');
const FEMALE_GIVEN = '芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 琳 颖 倩 洁 慧 莹 秀英 桂英 丽娟 晓燕 雨桐 欣怡 梓涵 诗涵 佳怡 思雨 美玲 春梅 海燕 婷婷 丹丹'.split(' ');

/** A Chinese personal name; `surnames` biases the family name to a region. */
export function personName(rng: Rng, female: boolean, surnames?: readonly string[]): string {
  const family = surnames && surnames.length > 0 && rng.chance(0.5) ? rng.pick(surnames) : rng.pick(SURNAMES);
  return family + rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
}

const SHOP_PREFIXES = '小林 阿强 潮牌 优选 精品 酷动 潮流前线 臻品 尚品 乐购 星辰 名品 海淘 全球购 鑫源 恒达 宏发 金鼎 悦享 心选 好物 小陈 阿华 东哥 靓靓 盛世 万家 百汇 嘉诚'.split(' ');
const SHOP_SUFFIXES = '专营店 旗舰店 工厂店 小店 的店 批发部 折扣店 严选 铺子 商行 优品馆 代购'.split(' ');

/** A shop name in the style of a small platform seller: 鑫源鞋业工厂店. */
export function shopName(rng: Rng, shopWord: string): string {
  return rng.pick(SHOP_PREFIXES) + shopWord + rng.pick(SHOP_SUFFIXES);
}

/** Pinyin-like syllables for mailbox names. */
export const MAIL_SYLLABLES = (
  'zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu lin wei jun hua ming xiao hong li na fang jing tao bin chao long'
).split(' ');

/** Free mail domains common in China. */
export const MAIL_DOMAINS = ['163.com', '126.com', 'sina.com', 'foxmail.com', 'aliyun.com'] as const;

/** Couriers with their waybill number formats. */
export interface Courier {
  name: string;
  /** Short name used in facility names (中通快递 → 中通). */
  short: string;
  prefix: string;
  /** Digits after the prefix. */
  digits: number;
}

export const COURIERS: readonly Courier[] = [
  { name: '顺丰速运', short: '顺丰', prefix: 'SF', digits: 13 },
  { name: '中通快递', short: '中通', prefix: '78', digits: 12 },
  { name: '圆通速递', short: '圆通', prefix: 'YT', digits: 13 },
  { name: '韵达快递', short: '韵达', prefix: '43', digits: 11 },
  { name: '申通快递', short: '申通', prefix: '773', digits: 12 },
  { name: '极兔速递', short: '极兔', prefix: 'JT', digits: 13 },
  { name: 'EMS', short: 'EMS', prefix: '11', digits: 11 },
];

/** How couriers' sorting facilities are named; local outlets (网点) are used for the hard case. */
export const FACILITY_KINDS = ['转运中心', '分拨中心', '集散中心'] as const;
