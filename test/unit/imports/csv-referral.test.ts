import { parse } from 'csv-parse/sync';
import {
  CSV_COLUMNS,
  csvColumnOf,
  csvRowToReferral,
  generateLeads,
  readCsvHeader,
  toCsvRow,
  validateReferral,
  type LeadReferral,
} from '@cloudsword/shared';
import { csvLine } from '../../../api/src/modules/imports/csv-text';

// What a referral looks like after a trip through the CSV form, which has no holder names
// and no empty optional values.
function asCsvKeepsIt(referral: LeadReferral): unknown {
  const plain = JSON.parse(JSON.stringify(referral)) as LeadReferral;
  plain.paymentAccounts?.forEach((p) => delete p.holderName);
  plain.waybills?.forEach((w) => {
    if (w.senderAddress === '') delete w.senderAddress;
  });
  plain.evidence?.forEach((e) => {
    if (e.description === '') delete e.description;
  });
  return plain;
}

const LEADS = [...generateLeads({ seed: 11, accounts: 400 })];

describe('csvRowToReferral: round trips of generated leads', () => {
  it('maps every toCsvRow row back to the same referral fields', () => {
    expect(LEADS.length).toBeGreaterThan(400);
    for (const lead of LEADS) {
      const { referral, problems } = csvRowToReferral(toCsvRow(lead));
      expect(problems).toEqual([]);
      expect(referral).toEqual(asCsvKeepsIt(lead.referral));
    }
  });

  it('survives writing and parsing real CSV text (quoting, commas, quotes, Chinese)', () => {
    const text = csvLine(CSV_COLUMNS) + LEADS.map((l) => csvLine(CSV_COLUMNS.map((c) => toCsvRow(l)[c]))).join('');
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(LEADS.length);
    rows.forEach((row, i) => expect(csvRowToReferral(row).referral).toEqual(asCsvKeepsIt(LEADS[i].referral)));
  });

  it('gives referrals that validate like the originals', () => {
    const options = { hashResidentId: (c: string) => c.padEnd(64, '0').slice(0, 64), now: new Date('2026-11-01T00:00:00Z') };
    for (const lead of LEADS.slice(0, 200)) {
      const fromCsv = validateReferral(csvRowToReferral(toCsvRow(lead)).referral, options);
      expect(fromCsv.ok).toBe(validateReferral(lead.referral, options).ok);
    }
  });
});

describe('csvRowToReferral: the CSV form', () => {
  const base = { external_id: 'X-1', brands: 'Nike|Adidas', infringement_type: 'COUNTERFEIT', observed_at: '2026-03-14T09:21:05+08:00', seller_account_id: 's1' };

  it('leaves empty cells out and splits lists on |', () => {
    const { referral, problems } = csvRowToReferral({ ...base, phones: '13800138000|010-12345678', emails: '', notes: '' });
    expect(problems).toEqual([]);
    expect(referral).toEqual({
      externalId: 'X-1',
      brands: ['Nike', 'Adidas'],
      infringementType: 'COUNTERFEIT',
      observedAt: '2026-03-14T09:21:05+08:00',
      seller: { platformAccountId: 's1' },
      phones: ['13800138000', '010-12345678'],
    });
  });

  it('splits ROLE:text and KIND:account at the first colon only', () => {
    const { referral } = csvRowToReferral({ ...base, addresses: 'WAREHOUSE:义乌市:工业路8号|RETURN:广州市：白云区', payment_accounts: 'WECHAT_PAY:微信:wxid_abc' });
    expect(referral).toMatchObject({
      addresses: [{ role: 'WAREHOUSE', text: '义乌市:工业路8号' }, { role: 'RETURN', text: '广州市：白云区' }],
      paymentAccounts: [{ kind: 'WECHAT_PAY', account: '微信:wxid_abc' }],
    });
  });

  it('splits waybills and evidence at the first two colons; the last part may be empty or hold colons', () => {
    const sha = 'a'.repeat(64);
    const { referral } = csvRowToReferral({
      ...base,
      waybills: '中通快递:78123:广东省广州市:白云区|顺丰速运:SF1:',
      evidence: `CHAT_LOG:${sha}:卖家称:正品|SCREENSHOT:${sha}:`,
    });
    expect(referral).toMatchObject({
      waybills: [{ courier: '中通快递', number: '78123', senderAddress: '广东省广州市:白云区' }, { courier: '顺丰速运', number: 'SF1' }],
      evidence: [{ kind: 'CHAT_LOG', sha256: sha, description: '卖家称:正品' }, { kind: 'SCREENSHOT', sha256: sha }],
    });
  });

  it('turns numbers into numbers and passes anything else on for validation to report', () => {
    expect(csvRowToReferral({ ...base, risk_score: '0.75', estimated_value_yuan: '1200.50' }).referral).toMatchObject({ riskScore: 0.75, estimatedValueYuan: 1200.5 });
    expect(csvRowToReferral({ ...base, risk_score: 'high' }).referral).toMatchObject({ riskScore: 'high' });
  });

  it('reports structural problems by CSV column and item', () => {
    const { problems } = csvRowToReferral({ ...base, addresses: 'WAREHOUSE:义乌|义乌市工业路', payment_accounts: ':123', waybills: '中通快递', evidence: 'SCREENSHOT' });
    expect(problems.map((p) => p.field)).toEqual(['addresses[1]', 'payment_accounts[0]', 'waybills[0]', 'evidence[0]']);
    expect(problems[0].reason).toMatch(/ROLE:address/);
  });
});

describe('csvColumnOf', () => {
  it.each([
    ['externalId', 'external_id'],
    ['observedAt', 'observed_at'],
    ['seller', 'seller_account_id'],
    ['seller.platformAccountId', 'seller_account_id'],
    ['seller.residentIdNumber', 'resident_id_number'],
    ['paymentAccounts[1].kind', 'payment_accounts[1].kind'],
    ['deviceIds[0]', 'device_ids[0]'],
    ['addresses[2].role', 'addresses[2].role'],
    ['brands', 'brands'],
    ['(row)', '(row)'],
  ])('names %s as %s', (field, column) => expect(csvColumnOf(field)).toBe(column));
});

describe('readCsvHeader', () => {
  it('accepts the documented header, trimmed and in any case', () => {
    expect(readCsvHeader(CSV_COLUMNS.map((c) => ` ${c.toUpperCase()} `))).toEqual({ columns: [...CSV_COLUMNS], problems: [] });
  });

  it('accepts a header with only the required columns, in any order', () => {
    expect(readCsvHeader(['seller_account_id', 'observed_at', 'external_id', 'infringement_type', 'brands']).problems).toEqual([]);
  });

  it('reports unknown, repeated, unnamed and missing required columns', () => {
    const { problems } = readCsvHeader(['external_id', 'external_id', 'phone', '', 'brands', 'observed_at', 'seller_account_id']);
    expect(problems.map((p) => p.field)).toEqual(['external_id', 'phone', '(header)', 'infringement_type']);
  });
});

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks only', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'x\ny', '中文', 3, null])).toBe('a,"b,c","say ""hi""","x\ny",中文,3,\r\n');
  });
});
