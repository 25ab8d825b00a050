import { Link } from '../../app/Link';
import { ringPath } from '../../app/router';
import type { RingsQuery } from '../../generated/graphql';
import { formatDateTime, useI18n } from '../../i18n';
import { formatCount, formatScore, formatYuan, provinceNames, scoreLevel, shortRingId } from './format';

type RingRow = RingsQuery['rings']['edges'][number]['node'];

export function RingsTable({ rings }: { rings: readonly RingRow[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="rings-table">
        <thead>
          <tr>
            <th scope="col">{t.rings.ring}</th>
            <th scope="col" className="number">
              {t.rings.score}
            </th>
            <th scope="col" className="number">
              {t.rings.members}
            </th>
            <th scope="col">{t.rings.platforms}</th>
            <th scope="col">{t.rings.provinces}</th>
            <th scope="col" className="number">
              {t.rings.leads}
            </th>
            <th scope="col" className="number">
              {t.rings.estimatedValue}
            </th>
            <th scope="col">
              {t.rings.lastActivity}
              <span className="time-zone">{t.time.zone}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rings.map((ring) => (
            <tr key={ring.id} data-testid="ring-row" data-ring-id={ring.id}>
              <th scope="row">
                <Link to={ringPath(ring.id)} data-testid="ring-link">
                  {t.rings.ringLabel(shortRingId(ring.id))}
                </Link>
                {ring.brands.length > 0 && <div className="muted ring-brands">{ring.brands.join('、')}</div>}
              </th>
              <td className="number">
                <span className="score-badge" data-level={scoreLevel(ring.score)}>
                  {formatScore(ring.score, locale)}
                </span>
              </td>
              <td className="number" data-testid="ring-size">
                {formatCount(ring.size, locale)}
              </td>
              <td>{ring.scoreBreakdown.platforms.join('、') || t.rings.none}</td>
              <td>{provinceNames(ring.provinces).join('、') || t.rings.none}</td>
              <td className="number">{formatCount(ring.leadCount, locale)}</td>
              <td className="number">{formatYuan(ring.estimatedValueYuan, locale, t)}</td>
              <td>{formatDateTime(ring.lastActivity, locale) ?? t.rings.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
