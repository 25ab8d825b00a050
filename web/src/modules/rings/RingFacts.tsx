import type { ReactNode } from 'react';
import { formatDateTime, useI18n } from '../../i18n';
import { formatCount, formatScore, formatYuan, provinceNames, scoreLevel } from './format';
import type { RingDetail } from './RingDetailPage';

/** The ring at a glance: score, status, size, money, reach and time span. */
export function RingFacts({ ring }: { ring: RingDetail }) {
  const { t, locale } = useI18n();
  const time = (iso: string | null) => {
    const text = formatDateTime(iso, locale);
    return text ? (
      <>
        <time dateTime={iso ?? undefined}>{text}</time>
        <span className="time-zone">{t.time.zone}</span>
      </>
    ) : (
      t.rings.none
    );
  };

  return (
    <section className="panel" aria-labelledby="ring-facts-title">
      <h2 id="ring-facts-title" className="panel__title">
        {t.rings.facts}
      </h2>
      <div className="ring-headline">
        <div className="ring-headline__score">
          <span className="score-badge score-badge--large" data-level={scoreLevel(ring.score)} data-testid="ring-score">
            {formatScore(ring.score, locale)}
          </span>
          <span className="muted">{t.rings.score}</span>
        </div>
        <span className="tag" data-testid="ring-status" data-status={ring.status}>
          {t.rings.statusName[ring.status]}
        </span>
      </div>
      <dl className="facts facts--columns">
        <Fact label={t.rings.members} testId="ring-size">
          {formatCount(ring.size, locale)}
        </Fact>
        <Fact label={t.rings.leads} testId="ring-leads">
          {formatCount(ring.leadCount, locale)}
        </Fact>
        <Fact label={t.rings.estimatedValue}>{formatYuan(ring.estimatedValueYuan, locale, t)}</Fact>
        <Fact label={t.rings.platforms}>{ring.scoreBreakdown.platforms.join('、') || t.rings.none}</Fact>
        <Fact label={t.rings.provinces}>{provinceNames(ring.provinces).join('、') || t.rings.none}</Fact>
        <Fact label={t.rings.brands}>{ring.brands.join('、') || t.rings.none}</Fact>
        <Fact label={t.rings.firstActivity}>{time(ring.firstActivity)}</Fact>
        <Fact label={t.rings.lastActivity}>{time(ring.lastActivity)}</Fact>
        <Fact label={t.rings.updatedAt}>{time(ring.updatedAt)}</Fact>
      </dl>
    </section>
  );
}

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
