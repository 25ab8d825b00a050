import { PaymentKind } from '../../../shared/src/enums';
import { luhnValid, normalizePaymentAccount } from '../../../shared/src/normalize/index';

describe('luhnValid', () => {
  it.each([
    ['4111111111111111', true],
    ['6222021001123456789', true],
    ['6217000000000000004', true],
    ['352099001761481', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['6222021001123456788', false],
    ['79927398710', false],
    ['', false],
    ['4111 1111 1111 1111', false],
  ])('%j → %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });
});

describe('normalizePaymentAccount', () => {
  it.each([
    [PaymentKind.ALIPAY, '138 0013 8000', '+8613800138000', '138****8000'],
    [PaymentKind.ALIPAY, '+86-138-0013-8000', '+8613800138000', '138****8000'],
    [PaymentKind.ALIPAY, 'ZW@163.com', 'zw@163.com', 'z***@163.com'],
    [PaymentKind.ALIPAY, '2088102122524333', '2088102122524333', '2088********4333'],
    [PaymentKind.ALIPAY, '２０８８１０２１２２５２４３３３', '2088102122524333', '2088********4333'],
    [PaymentKind.WECHAT_PAY, 'wxid_AbC123xyz789', 'wxid_abc123xyz789', 'wxid_ab****89'],
    [PaymentKind.WECHAT_PAY, ' Zhang_Wei88 ', 'zhang_wei88', 'zh****88'],
    [PaymentKind.WECHAT_PAY, '+86 13800138000', '+8613800138000', '138****8000'],
    [PaymentKind.BANK_CARD, '6222 0210 0112 3456 789', '6222021001123456789', '6222 **** **** *** 6789'],
    [PaymentKind.BANK_CARD, '6222-0210-0112-3456-789', '6222021001123456789', '6222 **** **** *** 6789'],
    [PaymentKind.BANK_CARD, '４１１１ １１１１ １１１１ １１１１', '4111111111111111', '4111 **** **** 1111'],
    [PaymentKind.BANK_CARD, '622848000000000007', '622848000000000007', '6228 **** **** ** 0007'],
  ])('%s %j → %s', (kind, raw, canonical, masked) => {
    expect(normalizePaymentAccount(kind, raw)).toEqual({ ok: true, value: { kind, canonical, masked } });
  });

  it.each([
    [PaymentKind.ALIPAY, '', 'Payment account is empty.'],
    [PaymentKind.ALIPAY, '0571-88888888', 'Payment accounts are opened with a mobile number, not a landline.'],
    [PaymentKind.ALIPAY, 'zhangwei', 'Alipay account is neither a mobile number, an e-mail nor a 2088… user id.'],
    [PaymentKind.ALIPAY, '2088123', 'Alipay account is neither a mobile number, an e-mail nor a 2088… user id.'],
    [PaymentKind.ALIPAY, 'zw@163', 'Alipay account looks like an e-mail but is not valid: E-mail domain is not a valid domain name.'],
    [PaymentKind.WECHAT_PAY, '1abc', 'WeChat Pay account is neither a WeChat id nor a mobile number.'],
    [PaymentKind.WECHAT_PAY, 'abc', 'WeChat Pay account is neither a WeChat id nor a mobile number.'],
    [PaymentKind.BANK_CARD, '6222 0210 0112 3456 788', 'Bank card number fails the Luhn check: a digit is wrong or missing.'],
    [PaymentKind.BANK_CARD, '4111111111111112', 'Bank card number fails the Luhn check: a digit is wrong or missing.'],
    [PaymentKind.BANK_CARD, '1234 5678', 'Bank card number must have 12 to 19 digits.'],
    [PaymentKind.BANK_CARD, '62220210011234567890', 'Bank card number must have 12 to 19 digits.'],
    [PaymentKind.BANK_CARD, '6222a0210011234', 'Bank card number may contain only digits, spaces and dashes.'],
  ])('%s rejects %j', (kind, raw, reason) => {
    expect(normalizePaymentAccount(kind, raw)).toEqual({ ok: false, reason });
  });
});
