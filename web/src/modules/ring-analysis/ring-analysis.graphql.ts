import { graphql } from '../../generated';

// The start and the poll ask for the same fields, so the cached job is always whole.
export const analysisJobFields = graphql(`
  fragment AnalysisJobFields on AnalysisJob {
    id
    status
    phase
    percent
    accountsRead
    linksRead
    ringsFound
    ringsCreated
    ringsChanged
    ringsRetired
    superNodes
    error
    createdAt
    startedAt
    finishedAt
  }
`);

/** Starts a full ring analysis, or answers with the one already queued or running. */
export const startRingAnalysisMutation = graphql(`
  mutation StartRingAnalysis {
    startRingAnalysis {
      ...AnalysisJobFields
    }
  }
`);

/** One analysis job's progress; polled while it runs. */
export const analysisJobQuery = graphql(`
  query AnalysisJob($id: ID!) {
    analysisJob(id: $id) {
      ...AnalysisJobFields
    }
  }
`);
