import { graphql } from '../../generated';

// The list and the detail ask for the same non-normalised sub-objects (score breakdown,
// provinces) with the same fields, so one never overwrites the other with less in the cache.
export const ringSharedFields = graphql(`
  fragment RingSharedFields on Ring {
    provinces {
      code
      name
    }
    scoreBreakdown {
      size
      strongLinks
      platforms
      strongIdentifiers
      factors {
        factor
        value
        weight
        points
      }
    }
  }
`);

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
          ...RingSharedFields
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
  query Ring($id: ID!, $graphLimit: Int!, $basesFirst: Int!) {
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
      ...RingSharedFields
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
      bases(first: $basesFirst) {
        id
        level
        name
        provinceCode
        cityCode
        ringCount
        sellerCount
        leadCount
        brandCount
        streets {
          street
          sellerCount
          leadCount
        }
        evidence {
          addresses {
            id
            display
            sellerCount
            leadCount
          }
          leads {
            id
            externalId
          }
        }
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
