import { graphql } from '../../generated';

// The list and the block payload describe an entry alike, so the cache holds it whole.
export const blockedIdentifierFields = graphql(`
  fragment BlockedIdentifierFields on BlockedIdentifier {
    identifierKey
    kind
    display
    reason
    addedBy
    addedAt
  }
`);

/** One page of the ring blocklist, newest first. */
export const ringBlocklistQuery = graphql(`
  query RingBlocklist($first: Int!, $after: String) {
    ringBlocklist(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...BlockedIdentifierFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** Blocks an identifier as the officer writes it; the payload names the analysis that applies it. */
export const blockIdentifierMutation = graphql(`
  mutation BlockIdentifier($input: BlockIdentifierInput!) {
    blockIdentifier(input: $input) {
      created
      analysisJobId
      entry {
        ...BlockedIdentifierFields
      }
    }
  }
`);

/** Lets the analysis use an identifier again. */
export const unblockIdentifierMutation = graphql(`
  mutation UnblockIdentifier($identifierKey: String!) {
    unblockIdentifier(identifierKey: $identifierKey) {
      identifierKey
      analysisJobId
    }
  }
`);
