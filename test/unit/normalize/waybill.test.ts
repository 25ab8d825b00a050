import { normalizeWaybill } from '../../../shared/src/normalize/index';

describe('normalizeWaybill', () => {
  it.each([
    ['顺丰', 'SF1234567890123', 'SF', 'SF1234567890123'],
    ['顺丰速运', 'sf 1234 5678 9012', 'SF', 'SF123456789012'],
    ['SF Express', 'SF1234567890123', 'SF', 'SF1234567890123'],
    ['順豐速運', 'SF1234567890123', 'SF', 'SF1234567890123'],
    ['中通快递', '7512-3456-7890', 'ZTO', '751234567890'],
    ['中通快运', '75123456789', 'ZTO', '75123456789'],
    ['圆通速递', 'YT1234567890123', 'YTO', 'YT1234567890123'],
    ['申通快递', '773012345678901', 'STO', '773012345678901'],
    ['韵达', '4312345678901', 'YUNDA', '4312345678901'],
    ['京东物流', 'jd0012345678901', 'JD', 'JD0012345678901'],
    ['中国邮政', '1234567890123', 'EMS', '1234567890123'],
    ['中国邮政速递物流', '1234567890123', 'EMS', '1234567890123'],
    ['EMS', 'EA123456789CN', 'EMS', 'EA123456789CN'],
    ['极兔速递', 'JT1234567890123', 'JTEXPRESS', 'JT1234567890123'],
    ['J&T Express', 'JT1234567890123', 'JTEXPRESS', 'JT1234567890123'],
    ['德邦快递', 'DPK123456789012', 'DEPPON', 'DPK123456789012'],
    ['百世汇通', '70123456789012', 'BEST', '70123456789012'],
    ['', 'SF1234567890123', 'SF', 'SF1234567890123'],
    ['', 'JT1234567890123', 'JTEXPRESS', 'JT1234567890123'],
    ['某某快递', 'ABC12345678', '某某', 'ABC12345678'],
  ])('%j %j → %s', (courier, number, code, canonical) => {
    expect(normalizeWaybill(courier, number)).toEqual({ ok: true, value: { courier: code, number: canonical, key: `${code}:${canonical}` } });
  });

  it.each([
    ['顺丰', '', 'Waybill number is empty.'],
    ['顺丰', '12 34', 'Waybill number must be 8 to 32 letters and digits.'],
    ['顺丰', 'SF单号1234567', 'Waybill number must be 8 to 32 letters and digits.'],
    ['中通', '00000000000', 'Waybill number is one repeated character, a placeholder.'],
    ['', '123456789012', 'Courier is missing and cannot be told from the waybill number.'],
  ])('rejects %j %j', (courier, number, reason) => {
    expect(normalizeWaybill(courier, number)).toEqual({ ok: false, reason });
  });
});
