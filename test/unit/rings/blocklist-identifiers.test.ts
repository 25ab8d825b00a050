import { IdentifierKind, PaymentKind, validateReferral } from '@cloudsword/shared';
import { checkBlock, displayOfKey, kindOfKey } from '../../../api/src/modules/rings/blocklist-identifiers';

const hash = (canonical: string) => `h(${canonical})`;
const keyOf = (kind: IdentifierKind, identifier: string, extra: { paymentKind?: PaymentKind; courier?: string } = {}) => {
  const checked = checkBlock({ identifier, kind, reason: 'hub', ...extra }, hash);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.value.key;
};

describe('identifiers a curator blocks', () => {
  it('get the key the intake gives the same identifier in a referral', () => {
    const check = validateReferral(
      {
        externalId: 'x-1',
        brands: ['Nike'],
        infringementType: 'COUNTERFEIT',
        observedAt: '2026-10-02T14:30:00+08:00',
        seller: { platformAccountId: 'seller-1', residentIdNumber: '11010519491231002X' },
        phones: ['0571-8888 1234'],
        emails: ['Shop@Example.COM'],
        addresses: [{ role: 'SHIPPING_ORIGIN', text: '浙江金华义乌福田街道商城大道88号3栋502室' }],
        paymentAccounts: [{ kind: 'ALIPAY', account: '+86 138-0013-8000' }],
        deviceIds: ['IMEI: 35-209900-176148-1'],
        ips: ['192.168.001.010'],
        waybills: [{ courier: '顺丰速运', number: 'SF 1234 5678 9012' }],
      },
      { hashResidentId: hash },
    );
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const intake = new Map(check.lead.identifiers.map((i) => [i.kind, i.key]));
    expect(keyOf(IdentifierKind.PHONE, '(0571) 88881234')).toBe(intake.get(IdentifierKind.PHONE));
    expect(keyOf(IdentifierKind.EMAIL, 'shop@example.com')).toBe(intake.get(IdentifierKind.EMAIL));
    expect(keyOf(IdentifierKind.ADDRESS, '浙江省金华市义乌市福田街道商城大道88号3栋502室')).toBe(intake.get(IdentifierKind.ADDRESS));
    expect(keyOf(IdentifierKind.PAYMENT_ACCOUNT, '13800138000', { paymentKind: PaymentKind.ALIPAY })).toBe(intake.get(IdentifierKind.PAYMENT_ACCOUNT));
    expect(keyOf(IdentifierKind.DEVICE, '352099001761481')).toBe(intake.get(IdentifierKind.DEVICE));
    expect(keyOf(IdentifierKind.IP, '192.168.1.10')).toBe(intake.get(IdentifierKind.IP));
    expect(keyOf(IdentifierKind.WAYBILL, 'SF123456789012')).toBe(intake.get(IdentifierKind.WAYBILL));
    expect(keyOf(IdentifierKind.RESIDENT_ID, '11010519491231002x')).toBe(intake.get(IdentifierKind.RESIDENT_ID));
  });

  it('name the field of every problem', () => {
    const fields = (input: Parameters<typeof checkBlock>[0]) => {
      const checked = checkBlock(input, hash);
      return checked.ok ? [] : checked.problems.map((p) => p.field);
    };
    expect(fields({ identifier: 'call me', kind: IdentifierKind.PHONE, reason: 'hub' })).toEqual(['identifier']);
    expect(fields({ identifier: '', kind: IdentifierKind.PHONE, reason: '' })).toEqual(['reason', 'identifier']);
    expect(fields({ identifier: '13800138000', kind: IdentifierKind.PAYMENT_ACCOUNT, reason: 'hub' })).toEqual(['paymentKind']);
    expect(fields({ identifier: '13800138000', kind: IdentifierKind.PHONE, courier: 'SF', reason: 'hub' })).toEqual(['courier']);
    expect(fields({ identifier: '123456789012', kind: IdentifierKind.WAYBILL, reason: 'hub' })).toEqual(['identifier']);
    expect(fields({ identifier: '13800138000', kind: IdentifierKind.PHONE, reason: 'x'.repeat(501) })).toEqual(['reason']);
    expect(checkBlock({ identifier: ' 13800138000 ', kind: IdentifierKind.PHONE, reason: '  hub  ' }, hash)).toMatchObject({ ok: true, reason: 'hub' });
  });

  it('are described back from their key where the key is what a person could write', () => {
    expect(displayOfKey('PHONE:+8657188881234')).toBe('0571-****1234');
    expect(displayOfKey('PAYMENT_ACCOUNT:ALIPAY:+8613800138000')).toBe('138****8000');
    expect(displayOfKey('WAYBILL:SF:SF123456789012')).toBe('SF SF1****012');
    expect(displayOfKey('IP:192.168.1.10')).toBe('192.168.1.10');
    expect(displayOfKey('RESIDENT_ID:abc')).toBeNull();
    expect(displayOfKey('ADDRESS:330782|商城大道|88|3|502')).toBeNull();
    expect(displayOfKey('PAYMENT_ACCOUNT:PAYPAL:x@y.z')).toBeNull();
    expect(displayOfKey('SOMETHING:else')).toBeNull();
    expect(kindOfKey('PHONE:+8657188881234')).toBe(IdentifierKind.PHONE);
    expect(kindOfKey('nonsense')).toBeNull();
  });
});
