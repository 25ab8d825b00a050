import { graphql } from '../../generated';

/** A node of the graph and what it touches directly, within the viewer's sources (audited). */
export const entityNeighborhoodQuery = graphql(`
  query EntityNeighborhood($id: ID!, $limit: Int!) {
    entity(id: $id) {
      id
      kind
      display
      neighborhood(depth: 1, limit: $limit) {
        nodes {
          id
          kind
          display
        }
        edges {
          source
          target
          type
          leadCount
          firstSeen
          lastSeen
        }
        truncated
      }
    }
  }
`);

/** The shortest chain of links between two nodes, with the leads behind each link (audited). */
export const evidencePathQuery = graphql(`
  query EvidencePath($from: ID!, $to: ID!) {
    evidencePath(from: $from, to: $to) {
      nodes {
        id
        kind
        display
      }
      hops {
        from
        to
        type
        leads {
          id
          externalId
        }
      }
    }
  }
`);
