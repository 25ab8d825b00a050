/**
 * Canonical courier codes and the names people write for them, shortest useful form: words
 * such as 快递 / 速运 / 物流 / EXPRESS are stripped from the input before lookup.
 */
export const COURIER_NAMES: Readonly<Record<string, readonly string[]>> = {
  SF: ['顺丰', 'SF', 'SHUNFENG', '顺丰速运'],
  ZTO: ['中通', 'ZTO', 'ZHONGTONG'],
  YTO: ['圆通', 'YTO', 'YUANTONG'],
  STO: ['申通', 'STO', 'SHENTONG'],
  YUNDA: ['韵达', 'YUNDA', 'YD'],
  JD: ['京东', 'JD', 'JDL', 'JINGDONG'],
  EMS: ['邮政', '中国邮政', 'EMS', '邮政EMS', '中国邮政EMS', '邮政包裹', 'CHINAPOST', '中邮'],
  JTEXPRESS: ['极兔', 'J&T', 'JT', 'JTEXPRESS', 'JITU'],
  DEPPON: ['德邦', 'DEPPON', 'DBL'],
  BEST: ['百世', '百世汇通', '汇通', 'BEST', 'HTKY'],
  TTK: ['天天', 'TTK', 'TTKDEX'],
  ZJS: ['宅急送', 'ZJS'],
  UC: ['优速', 'UC', 'UCE'],
  FENGWANG: ['丰网', 'FENGWANG'],
  KYE: ['跨越', 'KYE', 'KYEXPRESS'],
  ANE: ['安能', 'ANE'],
  YIMIDIDA: ['壹米滴答', 'YIMIDIDA'],
  CAINIAO: ['菜鸟', 'CAINIAO'],
  DANNIAO: ['丹鸟', 'DANNIAO'],
};

/** Number shapes specific enough to tell the courier when the courier field is blank. */
export const COURIER_BY_NUMBER: ReadonlyArray<readonly [RegExp, string]> = [
  [/^SF\d{12,13}$/, 'SF'],
  [/^JD[A-Z]?\d{10,15}$/, 'JD'],
  [/^JT\d{13}$/, 'JTEXPRESS'],
  [/^YT\d{13}$/, 'YTO'],
  [/^DPK\d{9,12}$/, 'DEPPON'],
  [/^[A-Z]{2}\d{9}CN$/, 'EMS'],
];
