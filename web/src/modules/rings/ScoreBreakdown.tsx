import { useI18n, type Messages } from '../../i18n';
import { formatFactor, formatScore } from './format';
import type { RingDetail } from './RingDetailPage';
import { contributions, SCORE_FACTORS, type ScoreFactor } from './scoreWeights';

type Breakdown = RingDetail['scoreBreakdown'];

/** What each factor of the score measured and how many points it contributed. */
export function ScoreBreakdown({ ring }: { ring: RingDetail }) {
  const { t, locale } = useI18n();
  const b = ring.scoreBreakdown;
  const parts = contributions(b, ring.score);
  const percent = (share: number) => share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <section className="panel" aria-labelledby="ring-breakdown-title">
      <h2 id="ring-breakdown-title" className="panel__title">
        {t.rings.breakdown.title}
      </h2>
      <p className="muted">{t.rings.breakdown.intro}</p>
      {!parts && <p className="notice notice--info">{t.rings.breakdown.weightsUnknown}</p>}
      <div className="table-scroll">
        <table className="data-table" data-testid="ring-breakdown">
          <thead>
            <tr>
              <th scope="col">{t.rings.breakdown.factor}</th>
              <th scope="col">{t.rings.breakdown.measure}</th>
              <th scope="col" className="number">
                {t.rings.breakdown.value}
              </th>
              {parts && (
                <>
                  <th scope="col" className="number">
                    {t.rings.breakdown.weight}
                  </th>
                  <th scope="col" className="number">
                    {t.rings.breakdown.points}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {(parts ?? SCORE_FACTORS.map((factor) => ({ factor, value: b[factor], weight: 0, points: 0 }))).map((part) => (
              <tr key={part.factor} data-factor={part.factor}>
                <th scope="row">{t.rings.breakdown[part.factor]}</th>
                <td className="muted">{measure(part.factor, b, t)}</td>
                <td className="number">{formatFactor(part.value, locale)}</td>
                {parts && (
                  <>
                    <td className="number">{percent(part.weight)}</td>
                    <td className="number">
                      <span className="points-bar" aria-hidden="true">
                        <span className="points-bar__fill" style={{ width: `${Math.round(100 * part.value)}%` }} />
                      </span>
                      {formatScore(part.points, locale)}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          {parts && (
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t.rings.breakdown.total}
                </th>
                <td className="number" data-testid="ring-breakdown-total">
                  {formatScore(ring.score, locale)}
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}

/** The raw measure behind a factor, in words. */
function measure(factor: ScoreFactor, b: Breakdown, t: Messages): string {
  switch (factor) {
    case 'strongLinkDensity':
      return t.rings.breakdown.strongLinkDensityMeasure(b.strongLinks, (b.size * (b.size - 1)) / 2);
    case 'crossPlatformSpread':
      return t.rings.breakdown.crossPlatformSpreadMeasure(b.platforms.length);
    case 'sizeFactor':
      return t.rings.breakdown.sizeFactorMeasure(b.size);
    case 'strongIdentifierFactor':
      return t.rings.breakdown.strongIdentifierFactorMeasure(b.strongIdentifiers);
  }
}
