import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n';
import { formatCount, provinceNames } from './format';
import type { RingDetail } from './RingDetailPage';
import { provinceBasesQuery } from './rings.graphql';

// The API has no bases per ring (yet): the candidates are the places the viewer's leads ship
// from in the ring's provinces whose evidence addresses are addresses of this ring's members.
const BASES_PER_PROVINCE = 50;
const MAX_PROVINCES = 5;
const SHOWN_ADDRESSES = 10;

/** Candidate manufacturing bases of the ring, and the addresses its members ship from. */
export function RingBases({ ring }: { ring: RingDetail }) {
  const { t } = useI18n();
  const addresses = memberAddresses(ring.subgraph);
  const addressIds = new Set(addresses.map((a) => a.id));
  const provinces = ring.provinces.slice(0, MAX_PROVINCES);

  return (
    <section className="panel" aria-labelledby="ring-bases-title" data-testid="ring-bases">
      <h2 id="ring-bases-title" className="panel__title">
        {t.rings.bases.title}
      </h2>
      <p className="muted">{t.rings.bases.intro}</p>
      {provinces.map((province) => (
        <ProvinceBases
          key={province.code}
          provinceCode={province.code}
          heading={provinces.length > 1 ? provinceNames([province])[0] : null}
          ringAddressIds={addressIds}
        />
      ))}
      {addresses.length > 0 && (
        <>
          <h3 className="section-title">{t.rings.bases.addressesTitle}</h3>
          <table className="data-table" data-testid="ring-addresses">
            <thead>
              <tr>
                <th scope="col">{t.rings.bases.shipsFrom}</th>
                <th scope="col" className="number">
                  {t.rings.bases.membersShipping}
                </th>
              </tr>
            </thead>
            <tbody>
              {addresses.slice(0, SHOWN_ADDRESSES).map((address) => (
                <tr key={address.id}>
                  <td>{address.display ?? t.rings.none}</td>
                  <td className="number">{address.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function ProvinceBases({ provinceCode, heading, ringAddressIds }: { provinceCode: string; heading: string | null; ringAddressIds: ReadonlySet<string> }) {
  const { t, locale } = useI18n();
  const { data, error } = useQuery(provinceBasesQuery, { variables: { provinceCode, first: BASES_PER_PROVINCE } });
  if (!data) {
    return error ? (
      <p className="notice notice--error" role="alert">
        {t.rings.bases.loadFailed}
      </p>
    ) : (
      <p className="muted">{t.rings.loading}</p>
    );
  }
  const candidates = data.manufacturingBases
    .map((base) => ({ base, shared: base.evidence.addresses.filter((a) => ringAddressIds.has(a.id)).length }))
    .filter((c) => c.shared > 0);

  return (
    <>
      {heading && <h3 className="section-title">{heading}</h3>}
      {candidates.length === 0 ? (
        <p className="muted">{t.rings.bases.none}</p>
      ) : (
        <table className="data-table" data-testid="ring-base-candidates">
          <thead>
            <tr>
              <th scope="col">{t.rings.bases.place}</th>
              <th scope="col">{t.rings.bases.levelTitle}</th>
              <th scope="col" className="number">
                {t.rings.bases.ringAddresses}
              </th>
              <th scope="col" className="number">
                {t.rings.bases.sellers}
              </th>
              <th scope="col" className="number">
                {t.rings.bases.leads}
              </th>
              <th scope="col" className="number">
                {t.rings.bases.rings}
              </th>
            </tr>
          </thead>
          <tbody>
            {candidates.map(({ base, shared }) => (
              <tr key={base.id} data-testid="ring-base" data-base-id={base.id}>
                <th scope="row">
                  {base.name ?? t.rings.bases.unnamed}
                  <span className="code">{base.id}</span>
                  {base.streets.length > 0 && <div className="muted">{base.streets.map((s) => s.street).join('、')}</div>}
                </th>
                <td>{t.rings.bases.level[base.level]}</td>
                <td className="number">{formatCount(shared, locale)}</td>
                <td className="number">{formatCount(base.sellerCount, locale)}</td>
                <td className="number">{formatCount(base.leadCount, locale)}</td>
                <td className="number">{formatCount(base.ringCount, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

interface MemberAddress {
  id: string;
  display: string | null;
  members: number;
}

/** The address nodes of the drawn ring with how many members are linked to each, most first. */
function memberAddresses(subgraph: RingDetail['subgraph']): MemberAddress[] {
  const counts = new Map<string, number>();
  for (const edge of subgraph.edges) counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
  return subgraph.nodes
    .filter((node) => node.kind === 'ADDRESS')
    .map((node) => ({ id: node.id, display: node.display, members: counts.get(node.id) ?? 0 }))
    .sort((a, b) => b.members - a.members || a.id.localeCompare(b.id));
}
