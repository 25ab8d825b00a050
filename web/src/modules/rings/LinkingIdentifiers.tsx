import { useI18n } from '../../i18n';
import { kindLabel } from '../graph-view';
import { formatFactor } from './format';
import type { RingDetail } from './RingDetailPage';
import { ShowInGraphButton } from './ShowInGraphButton';

interface Props {
  identifiers: RingDetail['linkingIdentifiers'];
  inGraph: ReadonlySet<string>;
  onShowInGraph: (nodeId: string) => void;
}

/** The identifiers that tie the members together, heaviest evidence first (the API's order). */
export function LinkingIdentifiers({ identifiers, inGraph, onShowInGraph }: Props) {
  const { t, locale } = useI18n();
  return (
    <section className="panel" aria-labelledby="ring-linking-title">
      <h2 id="ring-linking-title" className="panel__title">
        {t.rings.linking.title}
      </h2>
      <p className="muted">{t.rings.linking.intro}</p>
      {identifiers.length === 0 ? (
        <p className="muted">{t.rings.linking.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="ring-linking">
            <thead>
              <tr>
                <th scope="col">{t.rings.linking.kind}</th>
                <th scope="col">{t.rings.linking.display}</th>
                <th scope="col" className="number">
                  {t.rings.linking.sharedBy}
                </th>
                <th scope="col" className="number">
                  {t.rings.linking.weight}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t.rings.showInGraph}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {identifiers.map((identifier) => (
                <tr key={identifier.id} data-testid="ring-linking-identifier" data-kind={identifier.kind}>
                  <td>{kindLabel(identifier.kind, t)}</td>
                  <td>{identifier.display ?? t.rings.none}</td>
                  <td className="number">{t.rings.linking.sharedByCount(identifier.memberCount)}</td>
                  <td className="number">
                    {formatFactor(identifier.weight, locale)}
                    {/* A weight of 1 joins two accounts on its own (RingLinkingIdentifier.weight). */}
                    {identifier.weight >= 1 && <span className="tag tag--strong">{t.rings.linking.strong}</span>}
                  </td>
                  <td className="actions">
                    <ShowInGraphButton nodeId={identifier.id} label={identifier.display ?? kindLabel(identifier.kind, t)} inGraph={inGraph} onShowInGraph={onShowInGraph} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
