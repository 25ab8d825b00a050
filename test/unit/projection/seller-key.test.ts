import { parseSellerKey, sellerKey } from '@cloudsword/shared';
import { platformOf } from '../../../graph/src/analytics/link-index';
import { splitAccountKey } from '../../../api/src/modules/rings/ring-store';

describe('seller keys', () => {
  it.each([
    ['PLATFORM-TAOBAO', 'shop-001'],
    ['PLATFORM-JD', 'a:b:c'],
    ['PLATFORM-PDD', ''],
  ])('%s + %j makes a key that splits back at its first colon', (platformCode, accountId) => {
    const key = sellerKey(platformCode, accountId);
    expect(key).toBe(`${platformCode}:${accountId}`);
    expect(parseSellerKey(key)).toEqual({ platformCode, accountId });
    expect(platformOf(key)).toBe(platformCode);
    expect(splitAccountKey(key)).toEqual({ platform_code: platformCode, account_id: accountId });
  });

  it('has no parts without a colon', () => {
    expect(parseSellerKey('no-colon')).toBeNull();
    expect(platformOf('no-colon')).toBe('');
    expect(splitAccountKey('no-colon')).toEqual({ platform_code: '', account_id: 'no-colon' });
  });
});
