import type { Locale, Messages } from '../../i18n';

/** Rings have no names; the start of the id tells them apart on a page. */
export function shortRingId(id: string): string {
  return id.slice(0, 8);
}

export function formatCount(value: number, locale: Locale): string {
  return value.toLocaleString(locale);
}

export function formatScore(score: number, locale: Locale): string {
  return score.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * A score factor's points, with the two decimals the API rounds them to: rounded to one, four
 * factors could visibly miss the score they add up to by 0.2.
 */
export function formatPoints(points: number, locale: Locale): string {
  return points.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A factor in [0, 1], shown with two decimals. */
export function formatFactor(value: number, locale: Locale): string {
  return value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function formatYuan(amount: number, locale: Locale, t: Messages): string {
  return t.rings.yuan(amount.toLocaleString(locale, { maximumFractionDigits: 0 }));
}

/** Province names, or their codes when the name is unknown. */
export function provinceNames(provinces: readonly { code: string; name: string | null }[]): string[] {
  return provinces.map((p) => p.name ?? p.code);
}

/** High, medium or low, for the colour of a score: the thresholds are a reading aid only. */
export function scoreLevel(score: number): 'high' | 'medium' | 'low' {
  if (score >= 60) return 'high';
  if (score >= 30) return 'medium';
  return 'low';
}
