import { graphql } from '../../generated';

// The list and the detail ask for the same non-normalised sub-objects (score breakdown,
// provinces) with the same fields, so one never overwrites the other with less in the cache.

/** One page of the rings the viewer may see something of. */
export const ringsQuery = graphql(`
  query Rings($orderBy: RingOrder!, $first: Int!, $after: String) {
    rings(orderBy: $orderBy, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
          score
          size
          leadCount
          estimatedValueYuan
          lastActivity
          brands
          provinces {
            code
            name
          }
          scoreBreakdown {
            size
            strongLinks
            strongLinkDensity
            platforms
            crossPlatformSpread
            sizeFactor
            strongIdentifiers
            strongIdentifierFactor
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One ring with everything its page shows, the drawable subgraph included (one audited read). */
export const ringQuery = graphql(`
  query Ring($id: ID!, $graphLimit: Int!) {
    ring(id: $id) {
      id
      status
      score
      size
      leadCount
      estimatedValueYuan
      firstActivity
      lastActivity
      updatedAt
      brands
      provinces {
        code
        name
      }
      scoreBreakdown {
        size
        strongLinks
        strongLinkDensity
        platforms
        crossPlatformSpread
        sizeFactor
        strongIdentifiers
        strongIdentifierFactor
      }
      members {
        id
        platform
        accountId
      }
      linkingIdentifiers {
        id
        kind
        display
        weight
        memberCount
      }
      history {
        type
        at
        members
        relatedRingIds
      }
      subgraph(limit: $graphLimit) {
        nodes {
          id
          kind
          label
          display
        }
        edges {
          source
          target
          type
          leadCount
        }
        truncated
      }
    }
  }
`);

/** Places the viewer's leads ship from in one province: the candidates for a ring's bases. */
export const provinceBasesQuery = graphql(`
  query ProvinceBases($provinceCode: String!, $first: Int!) {
    manufacturingBases(filter: { provinceCode: $provinceCode, minSellers: 1 }, first: $first) {
      id
      name
      level
      ringCount
      sellerCount
      leadCount
      brandCount
      streets {
        street
        sellerCount
      }
      evidence {
        addresses {
          id
          display
          sellerCount
          leadCount
        }
      }
    }
  }
`);
