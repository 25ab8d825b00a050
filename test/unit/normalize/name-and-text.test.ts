import { IdentifierKind } from '../../../shared/src/enums';
import { identifierKey, nameKey, normalizeText } from '../../../shared/src/normalize/index';

describe('normalizeText', () => {
  it.each([
    ['  ＡＢＣ　１２３  ', 'ABC 123'],
    ['浙江省金華市義烏市', '浙江省金华市义乌市'],
    ['廣州市白雲區', '广州市白云区'],
    ['a\t\n b', 'a b'],
    ['工人北路８８號３棟', '工人北路88号3栋'],
    ['zw＠163。com', 'zw@163.com'],
    ['3—502', '3-502'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe('nameKey', () => {
  it.each([
    ['张伟', 'zhangwei'],
    ['张 伟', 'zhangwei'],
    ['張偉', 'zhangwei'],
    ['Zhang Wei', 'zhangwei'],
    ['ZHANG-WEI', 'zhangwei'],
    ['吕布', 'lvbu'],
    ['耐克官方旗舰店', 'naike'],
    ['耐克专卖店', 'naike'],
    ['Nike 耐克旗舰店', 'nikenaike'],
    ['义乌市某某贸易有限公司', 'yiwushimoumoumaoyi'],
    ['旗舰店', 'qijiandian'],
    ['小米之家', 'xiaomizhijia'],
    ['  ', ''],
  ])('%j → %j', (raw, expected) => {
    expect(nameKey(raw)).toBe(expected);
  });
});

describe('identifierKey', () => {
  it.each([
    [IdentifierKind.PHONE, '+8613800138000', 'PHONE:+8613800138000'],
    [IdentifierKind.ADDRESS, '330782|工人北路|88号', 'ADDRESS:330782|工人北路|88号'],
    [IdentifierKind.WAYBILL, 'SF:SF1234567890123', 'WAYBILL:SF:SF1234567890123'],
    [IdentifierKind.PAYMENT_ACCOUNT, 'ALIPAY:+8613800138000', 'PAYMENT_ACCOUNT:ALIPAY:+8613800138000'],
  ])('%s %j → %j', (kind, canonical, expected) => {
    expect(identifierKey(kind, canonical)).toBe(expected);
  });
});
