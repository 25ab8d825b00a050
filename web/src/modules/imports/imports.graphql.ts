import { graphql } from '../../generated';

/** One import job with its first rejected rows; polled while it runs. */
export const importJobQuery = graphql(`
  query ImportJob($id: ID!, $errorsFirst: Int!) {
    importJob(id: $id) {
      id
      fileName
      format
      status
      rowsRead
      accepted
      rejected
      bytesRead
      bytesTotal
      percent
      createdAt
      startedAt
      finishedAt
      error
      errors(first: $errorsFirst) {
        edges {
          cursor
          node {
            row
            field
            reason
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

/** The platform's recent imports, newest first. */
export const importJobsQuery = graphql(`
  query ImportJobs($first: Int!) {
    importJobs(first: $first) {
      edges {
        node {
          id
          fileName
          status
          rowsRead
          accepted
          rejected
          createdAt
        }
      }
    }
  }
`);
