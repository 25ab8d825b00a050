/**
 * A lead's seller key in SQL, as shared `sellerKey` builds it (`<platform code>:<account id>`),
 * for a query that names the lead `l` and its platform organisation `o`. A constant: safe to
 * put into statement text.
 */
export const LEAD_SELLER_KEY_SQL = `(o.code || ':' || l.seller_account_id)`;
