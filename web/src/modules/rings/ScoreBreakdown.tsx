import type { RingScoreFactorKind } from '../../generated/graphql';
import { useI18n, type Messages } from '../../i18n';
import { formatFactor, formatPoints } from './format';
import type { RingDetail } from './RingDetailPage';

type Breakdown = RingDetail['scoreBreakdown'];

/**
 * What each factor of the score measured and how many points it added, as the API computed
 * them (RingScoreBreakdown.factors): the page does no score arithmetic of its own beyond
 * showing each weight as its share of all the weights.
 */
export function ScoreBreakdown({ ring }: { ring: RingDetail }) {
  const { t, locale } = useI18n();
  const b = ring.scoreBreakdown;
  // Weights need not sum to 1: a factor's share of the weights is the most it can add.
  const totalWeight = b.factors.reduce((sum, f) => sum + f.weight, 0);
  const share = (weight: number) => (totalWeight > 0 ? weight / totalWeight : 0);
  const largestShare = Math.max(0, ...b.factors.map((f) => share(f.weight)));
  const percent = (value: number) => value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <section className="panel" aria-labelledby="ring-breakdown-title">
      <h2 id="ring-breakdown-title" className="panel__title">
        {t.rings.breakdown.title}
      </h2>
      <p className="muted">{t.rings.breakdown.intro}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="ring-breakdown">
          <thead>
            <tr>
              <th scope="col">{t.rings.breakdown.factorTitle}</th>
              <th scope="col">{t.rings.breakdown.measure}</th>
              <th scope="col" className="number">
                {t.rings.breakdown.value}
              </th>
              <th scope="col" className="number">
                {t.rings.breakdown.weight}
              </th>
              <th scope="col">{t.rings.breakdown.points}</th>
            </tr>
          </thead>
          <tbody>
            {b.factors.map((f) => {
              const maxPoints = 100 * share(f.weight);
              return (
                <tr key={f.factor} data-testid="ring-breakdown-factor" data-factor={f.factor}>
                  <th scope="row">{t.rings.breakdown.factor[f.factor]}</th>
                  <td className="muted">{measure(f.factor, b, t)}</td>
                  <td className="number" data-testid="ring-breakdown-value">
                    {formatFactor(f.value, locale)}
                  </td>
                  <td className="number">{percent(share(f.weight))}</td>
                  <td className="points">
                    {/* The track is as long as the factor can score, relative to the largest;
                        the fill is the part it did score (its value). */}
                    <span className="points-bar" aria-hidden="true">
                      <span className="points-bar__track" style={{ width: `${largestShare > 0 ? (100 * share(f.weight)) / largestShare : 0}%` }}>
                        <span className="points-bar__fill" style={{ width: `${Math.min(100, Math.max(0, 100 * f.value))}%` }} />
                      </span>
                    </span>
                    <span className="points__value" data-testid="ring-breakdown-points">
                      {formatPoints(f.points, locale)}
                    </span>{' '}
                    <span className="muted points__max">{t.rings.breakdown.pointsOf(maxPoints.toLocaleString(locale, { maximumFractionDigits: 1 }))}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t.rings.breakdown.total}
              </th>
              <td className="points" data-testid="ring-breakdown-total">
                <span className="points__value">{formatPoints(ring.score, locale)}</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** The raw measure behind a factor, in words. */
function measure(factor: RingScoreFactorKind, b: Breakdown, t: Messages): string {
  switch (factor) {
    case 'STRONG_LINK_DENSITY':
      return t.rings.breakdown.strongLinkDensityMeasure(b.strongLinks, (b.size * (b.size - 1)) / 2);
    case 'CROSS_PLATFORM_SPREAD':
      return t.rings.breakdown.crossPlatformSpreadMeasure(b.platforms.length);
    case 'SIZE':
      return t.rings.breakdown.sizeMeasure(b.size);
    case 'STRONG_IDENTIFIERS':
      return t.rings.breakdown.strongIdentifiersMeasure(b.strongIdentifiers);
  }
}
