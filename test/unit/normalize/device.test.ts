import { normalizeDeviceId } from '../../../shared/src/normalize/index';

describe('normalizeDeviceId', () => {
  it.each([
    ['352099001761481', '352099001761481'],
    ['35-209900-176148-1', '352099001761481'],
    ['IMEI: 49 015420 323751 8', '490154203237518'],
    ['IMEI 490154203237518', '490154203237518'],
    ['imei490154203237518', '490154203237518'],
    ['IDFA AB6FBE2C-9B34-4E56-8F1A-0C7D3E2B1A90', 'ab6fbe2c-9b34-4e56-8f1a-0c7d3e2b1a90'],
    ['macbook-pro-0042a', 'macbook-pro-0042a'],
    ['AB6FBE2C-9B34-4E56-8F1A-0C7D3E2B1A90', 'ab6fbe2c-9b34-4e56-8f1a-0c7d3e2b1a90'],
    ['ab6fbe2c9b344e568f1a0c7d3e2b1a90', 'ab6fbe2c-9b34-4e56-8f1a-0c7d3e2b1a90'],
    ['idfa=AB6FBE2C-9B34-4E56-8F1A-0C7D3E2B1A90', 'ab6fbe2c-9b34-4e56-8f1a-0c7d3e2b1a90'],
    ['3F2A1B4C5D6E7F80', '3f2a1b4c5d6e7f80'],
    ['A0000035A1B2C3', 'a0000035a1b2c3'],
    ['AA:BB:CC:DD:EE:0F', 'aa:bb:cc:dd:ee:0f'],
    ['aa-bb-cc-dd-ee-0f', 'aa:bb:cc:dd:ee:0f'],
    ['OAID:1234abcd-5678', '1234abcd-5678'],
  ])('%j → %s', (raw, canonical) => {
    expect(normalizeDeviceId(raw)).toEqual({ ok: true, value: { canonical } });
  });

  it.each([
    ['', 'Device id is empty.'],
    ['352099001761482', 'IMEI fails its Luhn check digit.'],
    ['00000000-0000-0000-0000-000000000000', 'Device id is a placeholder (one repeated character), not a real device.'],
    ['000000000000000', 'Device id is a placeholder (one repeated character), not a real device.'],
    ['9774D56D682E549C', 'Device id is a well-known placeholder Android id, not a real device.'],
    ['!!', 'Device id is not an IMEI, UUID, Android id, MAC address or other recognisable id.'],
    ['abc', 'Device id is not an IMEI, UUID, Android id, MAC address or other recognisable id.'],
  ])('rejects %j', (raw, reason) => {
    expect(normalizeDeviceId(raw)).toEqual({ ok: false, reason });
  });
});
