import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { RingDetail } from './RingDetailPage';
import { ShowInGraphButton } from './ShowInGraphButton';

const SHOWN_FIRST = 20;

interface Props {
  members: RingDetail['members'];
  inGraph: ReadonlySet<string>;
  onShowInGraph: (nodeId: string) => void;
}

/** The seller accounts of the ring, with their platform. */
export function RingMembers({ members, inGraph, onShowInGraph }: Props) {
  const { t, locale } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? members : members.slice(0, SHOWN_FIRST);

  return (
    <section className="panel" aria-labelledby="ring-members-title">
      <h2 id="ring-members-title" className="panel__title">
        {t.rings.membersSection.title} <span className="muted">({members.length.toLocaleString(locale)})</span>
      </h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="ring-members">
          <thead>
            <tr>
              <th scope="col">{t.rings.membersSection.platform}</th>
              <th scope="col">{t.rings.membersSection.account}</th>
              <th scope="col">
                <span className="visually-hidden">{t.rings.showInGraph}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((member) => (
              <tr key={member.id} data-testid="ring-member" data-member-id={member.id}>
                <td>
                  <span className="code code--plain">{member.platform}</span>
                </td>
                <td>{member.accountId}</td>
                <td className="actions">
                  <ShowInGraphButton nodeId={member.id} label={member.accountId} inGraph={inGraph} onShowInGraph={onShowInGraph} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!showAll && members.length > SHOWN_FIRST && (
        <p>
          <button type="button" className="button button--link" onClick={() => setShowAll(true)}>
            {t.rings.membersSection.showAll(members.length)}
          </button>
        </p>
      )}
    </section>
  );
}
