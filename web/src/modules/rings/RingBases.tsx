import { useI18n } from '../../i18n';
import { formatCount } from './format';
import type { RingDetail } from './RingDetailPage';
import { ShowInGraphButton } from './ShowInGraphButton';

type Base = RingDetail['bases'][number];

interface Props {
  bases: RingDetail['bases'];
  inGraph: ReadonlySet<string>;
  onShowInGraph: (nodeId: string) => void;
}

/**
 * The ring's candidate manufacturing bases as the API ranks them (Ring.bases): the places its
 * members ship from in the leads the viewer may see, each with its streets and its evidence.
 */
export function RingBases({ bases, inGraph, onShowInGraph }: Props) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="ring-bases-title" data-testid="ring-bases">
      <h2 id="ring-bases-title" className="panel__title">
        {t.rings.bases.title}
      </h2>
      <p className="muted">{t.rings.bases.intro}</p>
      {bases.length === 0 ? (
        <p className="muted" data-testid="ring-bases-none">
          {t.rings.bases.none}
        </p>
      ) : (
        <ol className="ring-bases">
          {bases.map((base) => (
            <RingBase key={base.id} base={base} inGraph={inGraph} onShowInGraph={onShowInGraph} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RingBase({ base, inGraph, onShowInGraph }: { base: Base } & Omit<Props, 'bases'>) {
  const { t, locale } = useI18n();
  const titleId = `ring-base-${base.id}`;
  const count = (value: number) => formatCount(value, locale);
  return (
    <li className="ring-base" data-testid="ring-base" data-base-id={base.id} aria-labelledby={titleId}>
      <h3 id={titleId} className="ring-base__title">
        {base.name ?? t.rings.bases.unnamed}
        <span className="tag">{t.rings.bases.level[base.level]}</span>
        <span className="code">{base.id}</span>
      </h3>
      <dl className="ring-base__counts">
        <Count label={t.rings.bases.sellers} value={count(base.sellerCount)} />
        <Count label={t.rings.bases.leads} value={count(base.leadCount)} />
        <Count label={t.rings.bases.rings} value={count(base.ringCount)} />
        <Count label={t.rings.bases.brands} value={count(base.brandCount)} />
      </dl>

      <div className="ring-base__evidence">
        {base.streets.length > 0 && (
          <div className="table-scroll">
            <table className="data-table" data-testid="ring-base-streets">
              <caption className="section-title">{t.rings.bases.streetsTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.rings.bases.street}</th>
                  <th scope="col" className="number">
                    {t.rings.bases.sellers}
                  </th>
                  <th scope="col" className="number">
                    {t.rings.bases.leads}
                  </th>
                </tr>
              </thead>
              <tbody>
                {base.streets.map((street) => (
                  <tr key={street.street} data-testid="ring-base-street">
                    <td>{street.street}</td>
                    <td className="number">{count(street.sellerCount)}</td>
                    <td className="number">{count(street.leadCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        {base.evidence.addresses.length > 0 && (
          <div className="table-scroll">
            <table className="data-table" data-testid="ring-base-addresses">
              <caption className="section-title">{t.rings.bases.addressesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.rings.bases.address}</th>
                  <th scope="col" className="number">
                    {t.rings.bases.sellers}
                  </th>
                  <th scope="col" className="number">
                    {t.rings.bases.leads}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t.rings.showInGraph}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {base.evidence.addresses.map((address) => (
                  <tr key={address.id} data-testid="ring-base-address" data-address-id={address.id}>
                    <td>{address.display}</td>
                    <td className="number">{count(address.sellerCount)}</td>
                    <td className="number">{count(address.leadCount)}</td>
                    <td className="actions">
                      <ShowInGraphButton nodeId={address.id} label={address.display} inGraph={inGraph} onShowInGraph={onShowInGraph} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      {base.evidence.leads.length > 0 && (
        <div className="ring-base__leads">
          <h4 className="section-title">{t.rings.bases.leadsTitle}</h4>
          <p className="muted">{t.rings.bases.leadsIntro}</p>
          <ul className="tags">
            {base.evidence.leads.map((lead) => (
              <li key={lead.id} className="tag" data-testid="ring-base-lead" data-lead-id={lead.id}>
                {lead.externalId}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <div className="ring-base__count">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
