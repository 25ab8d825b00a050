import { normalizePhone } from '../../../shared/src/normalize/index';

describe('normalizePhone', () => {
  // One mobile number in the spellings platforms actually send.
  it.each([
    ['13800138000'],
    ['+86 138 0013 8000'],
    ['008613800138000'],
    ['0086 138-0013-8000'],
    ['86-138-0013-8000'],
    ['８６１３８００１３８０００'],
    ['１３８ ００１３ ８０００'],
    ['+86(138)00138000'],
    ['手机：13800138000'],
    ['Tel: +86 13800138000'],
  ])('reads %j as +8613800138000', (raw) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value: { e164: '+8613800138000', kind: 'MOBILE', masked: '138****8000' } });
  });

  it.each([
    ['19912345678', '+8619912345678', '199****5678'],
    ['166 1234 5678', '+8616612345678', '166****5678'],
    ['17012345678', '+8617012345678', '170****5678'],
    ['+852 9123 4567', '+85291234567', '+852 ****4567'],
  ])('reads the mobile %j as %s', (raw, e164, masked) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value: { e164, kind: 'MOBILE', masked } });
  });

  it.each([
    ['010-12345678', '+861012345678', '010-****5678'],
    ['(010)12345678', '+861012345678', '010-****5678'],
    ['021 6234 5678', '+862162345678', '021-****5678'],
    ['0571-88888888', '+8657188888888', '0571-****8888'],
    ['(0571)8888 8888', '+8657188888888', '0571-****8888'],
    ['（０５７１）８８８８－８８８８', '+8657188888888', '0571-****8888'],
    ['057188888888', '+8657188888888', '0571-****8888'],
    ['+86 (0571) 8888 8888', '+8657188888888', '0571-****8888'],
    ['+86 571 8888 8888', '+8657188888888', '0571-****8888'],
    ['0086 571 8888 8888', '+8657188888888', '0571-****8888'],
    ['0755-23456789', '+8675523456789', '0755-****6789'],
  ])('reads the landline %j as %s', (raw, e164, masked) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value: { e164, kind: 'LANDLINE', masked } });
  });

  it.each([
    ['0571-88888888转123', '123'],
    ['0571-88888888 转 123', '123'],
    ['0571-88888888-123', '123'],
    ['0571-88888888 ext. 45', '45'],
    ['0571-88888888 分机 8001', '8001'],
    ['(0571)88888888#6', '6'],
  ])('keeps the extension of %j apart', (raw, extension) => {
    expect(normalizePhone(raw)).toEqual({
      ok: true,
      value: { e164: '+8657188888888', kind: 'LANDLINE', masked: '0571-****8888', extension },
    });
  });

  it.each([
    ['400-812-3123', '+864008123123', '+86 ******3123'],
    ['+1 415 555 2671', '+14155552671', '+1 ******2671'],
  ])('accepts %j as a number of kind OTHER', (raw, e164, masked) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value: { e164, kind: 'OTHER', masked } });
  });

  it.each([
    ['', 'Phone number is empty.'],
    ['   ', 'Phone number is empty.'],
    ['abc', 'Phone number contains characters other than digits and separators.'],
    ['138-0013-800O', 'Phone number contains characters other than digits and separators.'],
    ['1380013800', 'Not a valid phone number for its region.'],
    ['138001380001', 'Not a valid phone number for its region.'],
    ['95588', 'Not a valid phone number for its region.'],
    ['0755-2345678', 'Not a valid phone number for its region.'],
    ['12345678901', 'Not a valid phone number for its region.'],
    ['1234', 'Not a valid phone number for its region.'],
  ])('rejects %j', (raw, reason) => {
    expect(normalizePhone(raw)).toEqual({ ok: false, reason });
  });
});
