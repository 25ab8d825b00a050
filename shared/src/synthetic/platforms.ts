// How each platform writes its ids and URLs, and its customer-service lines. The service lines
// are invented (they are not the platforms' real hotlines); what matters is that many unrelated
// sellers list them, which makes them weak identifiers.
import { hashString } from './random.js';

/** The default platform codes. */
export const DEFAULT_PLATFORMS: readonly string[] = ['taobao', 'jd', 'pdd', 'douyin'];

/** The seller account id for the `n`-th unique number of a platform (n < 10^10). */
export function accountIdFor(platform: string, n: number): string {
  const digits = String(n).padStart(10, '0');
  switch (platform) {
    case 'taobao':
      return `22${digits}1`;
    case 'jd':
      return `jd_${n.toString(36).padStart(7, '0')}`;
    case 'pdd':
      return `${digits.slice(1)}`;
    case 'douyin':
      return `dy${digits}`;
    default:
      return `${platform}_${digits}`;
  }
}

/** The listing URL of item number `item` (< 10^12) on a platform. */
export function listingUrlFor(platform: string, item: number): string {
  const id = String(item).padStart(12, '0');
  switch (platform) {
    case 'taobao':
      return `https://item.taobao.com/item.htm?id=6${id}`;
    case 'jd':
      return `https://item.jd.com/10${id}.html`;
    case 'pdd':
      return `https://mobile.yangkeduo.com/goods.html?goods_id=4${id}`;
    case 'douyin':
      return `https://haohuo.jinritemai.com/views/product/detail?id=3${id}`;
    default:
      return `https://${platform}.example.cn/item/${id}`;
  }
}

/**
 * The platform's customer-service lines, a 400 number and a short 95 number, canonical
 * digits. Derived from the platform code alone, so they are the same in every world.
 */
export function serviceLinesFor(platform: string): readonly [string, string] {
  const h = hashString(`service:${platform}`);
  const line400 = `400${String(1000000 + (h % 9000000))}`;
  const line95 = `95${String(100 + ((h >>> 8) % 900))}`;
  return [line400, line95];
}
