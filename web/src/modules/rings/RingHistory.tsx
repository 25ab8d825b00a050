import { Link } from '../../app/Link';
import { ringPath } from '../../app/router';
import { formatDateTime, useI18n } from '../../i18n';
import { shortRingId } from './format';
import type { RingDetail } from './RingDetailPage';

const SHOWN_MEMBERS = 12;

/** How the ring came to be what it is: found, grew, merged, split…, oldest first. */
export function RingHistory({ history }: { history: RingDetail['history'] }) {
  const { t, locale } = useI18n();
  return (
    <section className="panel" aria-labelledby="ring-history-title">
      <h2 id="ring-history-title" className="panel__title">
        {t.rings.history.title}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t.rings.history.empty}</p>
      ) : (
        <ol className="timeline" data-testid="ring-history">
          {history.map((event, index) => (
            <li key={`${event.at}-${index}`} className="timeline__item" data-type={event.type}>
              <div className="timeline__head">
                <strong>{t.rings.history.event[event.type]}</strong>
                <time dateTime={event.at} className="muted">
                  {formatDateTime(event.at, locale)}
                </time>
                <span className="time-zone">{t.time.zone}</span>
              </div>
              {event.members.length > 0 && (
                <div className="timeline__detail">
                  <span className="muted">{t.rings.history.membersLabel}: </span>
                  {event.members.slice(0, SHOWN_MEMBERS).join('、')}
                  {event.members.length > SHOWN_MEMBERS && ` … (+${event.members.length - SHOWN_MEMBERS})`}
                </div>
              )}
              {event.relatedRingIds.length > 0 && (
                <div className="timeline__detail">
                  <span className="muted">{t.rings.history.related}: </span>
                  {event.relatedRingIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && '、'}
                      <Link to={ringPath(id)}>{t.rings.ringLabel(shortRingId(id))}</Link>
                    </span>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
