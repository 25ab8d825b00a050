/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n      lastLoginAt\n      organisation {\n        id\n        name\n        kind\n        provinceCode\n        cityCode\n        regionName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment BlockedIdentifierFields on BlockedIdentifier {\n    identifierKey\n    kind\n    display\n    reason\n    addedBy\n    addedAt\n  }\n": typeof types.BlockedIdentifierFieldsFragmentDoc,
    "\n  query RingBlocklist($first: Int!, $after: String) {\n    ringBlocklist(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BlockedIdentifierFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.RingBlocklistDocument,
    "\n  mutation BlockIdentifier($input: BlockIdentifierInput!) {\n    blockIdentifier(input: $input) {\n      created\n      analysisJobId\n      entry {\n        ...BlockedIdentifierFields\n      }\n    }\n  }\n": typeof types.BlockIdentifierDocument,
    "\n  mutation UnblockIdentifier($identifierKey: String!) {\n    unblockIdentifier(identifierKey: $identifierKey) {\n      identifierKey\n      analysisJobId\n    }\n  }\n": typeof types.UnblockIdentifierDocument,
    "\n  query EntityNeighborhood($id: ID!, $limit: Int!) {\n    entity(id: $id) {\n      id\n      kind\n      display\n      neighborhood(depth: 1, limit: $limit) {\n        nodes {\n          id\n          kind\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n          firstSeen\n          lastSeen\n        }\n        truncated\n      }\n    }\n  }\n": typeof types.EntityNeighborhoodDocument,
    "\n  query EvidencePath($from: ID!, $to: ID!) {\n    evidencePath(from: $from, to: $to) {\n      nodes {\n        id\n        kind\n        display\n      }\n      hops {\n        from\n        to\n        type\n        leads {\n          id\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.EvidencePathDocument,
    "\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ImportJobsDocument,
    "\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    phase\n    percent\n    accountsRead\n    linksRead\n    ringsFound\n    ringsCreated\n    ringsChanged\n    ringsRetired\n    superNodes\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n": typeof types.AnalysisJobFieldsFragmentDoc,
    "\n  mutation StartRingAnalysis {\n    startRingAnalysis {\n      ...AnalysisJobFields\n    }\n  }\n": typeof types.StartRingAnalysisDocument,
    "\n  query AnalysisJob($id: ID!) {\n    analysisJob(id: $id) {\n      ...AnalysisJobFields\n    }\n  }\n": typeof types.AnalysisJobDocument,
    "\n  fragment RingSharedFields on Ring {\n    provinces {\n      code\n      name\n    }\n    scoreBreakdown {\n      size\n      strongLinks\n      platforms\n      strongIdentifiers\n      factors {\n        factor\n        value\n        weight\n        points\n      }\n    }\n  }\n": typeof types.RingSharedFieldsFragmentDoc,
    "\n  query Rings($orderBy: RingOrder!, $first: Int!, $after: String) {\n    rings(orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          score\n          size\n          leadCount\n          estimatedValueYuan\n          lastActivity\n          brands\n          ...RingSharedFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RingsDocument,
    "\n  query Ring($id: ID!, $graphLimit: Int!, $basesFirst: Int!) {\n    ring(id: $id) {\n      id\n      status\n      score\n      size\n      leadCount\n      estimatedValueYuan\n      firstActivity\n      lastActivity\n      updatedAt\n      brands\n      ...RingSharedFields\n      members {\n        id\n        platform\n        accountId\n      }\n      linkingIdentifiers {\n        id\n        kind\n        display\n        weight\n        memberCount\n      }\n      bases(first: $basesFirst) {\n        id\n        level\n        name\n        provinceCode\n        cityCode\n        ringCount\n        sellerCount\n        leadCount\n        brandCount\n        streets {\n          street\n          sellerCount\n          leadCount\n        }\n        evidence {\n          addresses {\n            id\n            display\n            sellerCount\n            leadCount\n          }\n          leads {\n            id\n            externalId\n          }\n        }\n      }\n      history {\n        type\n        at\n        members\n        relatedRingIds\n      }\n      subgraph(limit: $graphLimit) {\n        nodes {\n          id\n          kind\n          label\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n        }\n        truncated\n      }\n    }\n  }\n": typeof types.RingDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n      lastLoginAt\n      organisation {\n        id\n        name\n        kind\n        provinceCode\n        cityCode\n        regionName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment BlockedIdentifierFields on BlockedIdentifier {\n    identifierKey\n    kind\n    display\n    reason\n    addedBy\n    addedAt\n  }\n": types.BlockedIdentifierFieldsFragmentDoc,
    "\n  query RingBlocklist($first: Int!, $after: String) {\n    ringBlocklist(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BlockedIdentifierFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.RingBlocklistDocument,
    "\n  mutation BlockIdentifier($input: BlockIdentifierInput!) {\n    blockIdentifier(input: $input) {\n      created\n      analysisJobId\n      entry {\n        ...BlockedIdentifierFields\n      }\n    }\n  }\n": types.BlockIdentifierDocument,
    "\n  mutation UnblockIdentifier($identifierKey: String!) {\n    unblockIdentifier(identifierKey: $identifierKey) {\n      identifierKey\n      analysisJobId\n    }\n  }\n": types.UnblockIdentifierDocument,
    "\n  query EntityNeighborhood($id: ID!, $limit: Int!) {\n    entity(id: $id) {\n      id\n      kind\n      display\n      neighborhood(depth: 1, limit: $limit) {\n        nodes {\n          id\n          kind\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n          firstSeen\n          lastSeen\n        }\n        truncated\n      }\n    }\n  }\n": types.EntityNeighborhoodDocument,
    "\n  query EvidencePath($from: ID!, $to: ID!) {\n    evidencePath(from: $from, to: $to) {\n      nodes {\n        id\n        kind\n        display\n      }\n      hops {\n        from\n        to\n        type\n        leads {\n          id\n          externalId\n        }\n      }\n    }\n  }\n": types.EvidencePathDocument,
    "\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n": types.ImportJobsDocument,
    "\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    phase\n    percent\n    accountsRead\n    linksRead\n    ringsFound\n    ringsCreated\n    ringsChanged\n    ringsRetired\n    superNodes\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n": types.AnalysisJobFieldsFragmentDoc,
    "\n  mutation StartRingAnalysis {\n    startRingAnalysis {\n      ...AnalysisJobFields\n    }\n  }\n": types.StartRingAnalysisDocument,
    "\n  query AnalysisJob($id: ID!) {\n    analysisJob(id: $id) {\n      ...AnalysisJobFields\n    }\n  }\n": types.AnalysisJobDocument,
    "\n  fragment RingSharedFields on Ring {\n    provinces {\n      code\n      name\n    }\n    scoreBreakdown {\n      size\n      strongLinks\n      platforms\n      strongIdentifiers\n      factors {\n        factor\n        value\n        weight\n        points\n      }\n    }\n  }\n": types.RingSharedFieldsFragmentDoc,
    "\n  query Rings($orderBy: RingOrder!, $first: Int!, $after: String) {\n    rings(orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          score\n          size\n          leadCount\n          estimatedValueYuan\n          lastActivity\n          brands\n          ...RingSharedFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RingsDocument,
    "\n  query Ring($id: ID!, $graphLimit: Int!, $basesFirst: Int!) {\n    ring(id: $id) {\n      id\n      status\n      score\n      size\n      leadCount\n      estimatedValueYuan\n      firstActivity\n      lastActivity\n      updatedAt\n      brands\n      ...RingSharedFields\n      members {\n        id\n        platform\n        accountId\n      }\n      linkingIdentifiers {\n        id\n        kind\n        display\n        weight\n        memberCount\n      }\n      bases(first: $basesFirst) {\n        id\n        level\n        name\n        provinceCode\n        cityCode\n        ringCount\n        sellerCount\n        leadCount\n        brandCount\n        streets {\n          street\n          sellerCount\n          leadCount\n        }\n        evidence {\n          addresses {\n            id\n            display\n            sellerCount\n            leadCount\n          }\n          leads {\n            id\n            externalId\n          }\n        }\n      }\n      history {\n        type\n        at\n        members\n        relatedRingIds\n      }\n      subgraph(limit: $graphLimit) {\n        nodes {\n          id\n          kind\n          label\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n        }\n        truncated\n      }\n    }\n  }\n": types.RingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n      lastLoginAt\n      organisation {\n        id\n        name\n        kind\n        provinceCode\n        cityCode\n        regionName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n      lastLoginAt\n      organisation {\n        id\n        name\n        kind\n        provinceCode\n        cityCode\n        regionName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlockedIdentifierFields on BlockedIdentifier {\n    identifierKey\n    kind\n    display\n    reason\n    addedBy\n    addedAt\n  }\n"): (typeof documents)["\n  fragment BlockedIdentifierFields on BlockedIdentifier {\n    identifierKey\n    kind\n    display\n    reason\n    addedBy\n    addedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RingBlocklist($first: Int!, $after: String) {\n    ringBlocklist(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BlockedIdentifierFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RingBlocklist($first: Int!, $after: String) {\n    ringBlocklist(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BlockedIdentifierFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockIdentifier($input: BlockIdentifierInput!) {\n    blockIdentifier(input: $input) {\n      created\n      analysisJobId\n      entry {\n        ...BlockedIdentifierFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BlockIdentifier($input: BlockIdentifierInput!) {\n    blockIdentifier(input: $input) {\n      created\n      analysisJobId\n      entry {\n        ...BlockedIdentifierFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockIdentifier($identifierKey: String!) {\n    unblockIdentifier(identifierKey: $identifierKey) {\n      identifierKey\n      analysisJobId\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockIdentifier($identifierKey: String!) {\n    unblockIdentifier(identifierKey: $identifierKey) {\n      identifierKey\n      analysisJobId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityNeighborhood($id: ID!, $limit: Int!) {\n    entity(id: $id) {\n      id\n      kind\n      display\n      neighborhood(depth: 1, limit: $limit) {\n        nodes {\n          id\n          kind\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n          firstSeen\n          lastSeen\n        }\n        truncated\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityNeighborhood($id: ID!, $limit: Int!) {\n    entity(id: $id) {\n      id\n      kind\n      display\n      neighborhood(depth: 1, limit: $limit) {\n        nodes {\n          id\n          kind\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n          firstSeen\n          lastSeen\n        }\n        truncated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePath($from: ID!, $to: ID!) {\n    evidencePath(from: $from, to: $to) {\n      nodes {\n        id\n        kind\n        display\n      }\n      hops {\n        from\n        to\n        type\n        leads {\n          id\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidencePath($from: ID!, $to: ID!) {\n    evidencePath(from: $from, to: $to) {\n      nodes {\n        id\n        kind\n        display\n      }\n      hops {\n        from\n        to\n        type\n        leads {\n          id\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    phase\n    percent\n    accountsRead\n    linksRead\n    ringsFound\n    ringsCreated\n    ringsChanged\n    ringsRetired\n    superNodes\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    phase\n    percent\n    accountsRead\n    linksRead\n    ringsFound\n    ringsCreated\n    ringsChanged\n    ringsRetired\n    superNodes\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRingAnalysis {\n    startRingAnalysis {\n      ...AnalysisJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRingAnalysis {\n    startRingAnalysis {\n      ...AnalysisJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisJob($id: ID!) {\n    analysisJob(id: $id) {\n      ...AnalysisJobFields\n    }\n  }\n"): (typeof documents)["\n  query AnalysisJob($id: ID!) {\n    analysisJob(id: $id) {\n      ...AnalysisJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RingSharedFields on Ring {\n    provinces {\n      code\n      name\n    }\n    scoreBreakdown {\n      size\n      strongLinks\n      platforms\n      strongIdentifiers\n      factors {\n        factor\n        value\n        weight\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RingSharedFields on Ring {\n    provinces {\n      code\n      name\n    }\n    scoreBreakdown {\n      size\n      strongLinks\n      platforms\n      strongIdentifiers\n      factors {\n        factor\n        value\n        weight\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rings($orderBy: RingOrder!, $first: Int!, $after: String) {\n    rings(orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          score\n          size\n          leadCount\n          estimatedValueYuan\n          lastActivity\n          brands\n          ...RingSharedFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Rings($orderBy: RingOrder!, $first: Int!, $after: String) {\n    rings(orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          score\n          size\n          leadCount\n          estimatedValueYuan\n          lastActivity\n          brands\n          ...RingSharedFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ring($id: ID!, $graphLimit: Int!, $basesFirst: Int!) {\n    ring(id: $id) {\n      id\n      status\n      score\n      size\n      leadCount\n      estimatedValueYuan\n      firstActivity\n      lastActivity\n      updatedAt\n      brands\n      ...RingSharedFields\n      members {\n        id\n        platform\n        accountId\n      }\n      linkingIdentifiers {\n        id\n        kind\n        display\n        weight\n        memberCount\n      }\n      bases(first: $basesFirst) {\n        id\n        level\n        name\n        provinceCode\n        cityCode\n        ringCount\n        sellerCount\n        leadCount\n        brandCount\n        streets {\n          street\n          sellerCount\n          leadCount\n        }\n        evidence {\n          addresses {\n            id\n            display\n            sellerCount\n            leadCount\n          }\n          leads {\n            id\n            externalId\n          }\n        }\n      }\n      history {\n        type\n        at\n        members\n        relatedRingIds\n      }\n      subgraph(limit: $graphLimit) {\n        nodes {\n          id\n          kind\n          label\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n        }\n        truncated\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ring($id: ID!, $graphLimit: Int!, $basesFirst: Int!) {\n    ring(id: $id) {\n      id\n      status\n      score\n      size\n      leadCount\n      estimatedValueYuan\n      firstActivity\n      lastActivity\n      updatedAt\n      brands\n      ...RingSharedFields\n      members {\n        id\n        platform\n        accountId\n      }\n      linkingIdentifiers {\n        id\n        kind\n        display\n        weight\n        memberCount\n      }\n      bases(first: $basesFirst) {\n        id\n        level\n        name\n        provinceCode\n        cityCode\n        ringCount\n        sellerCount\n        leadCount\n        brandCount\n        streets {\n          street\n          sellerCount\n          leadCount\n        }\n        evidence {\n          addresses {\n            id\n            display\n            sellerCount\n            leadCount\n          }\n          leads {\n            id\n            externalId\n          }\n        }\n      }\n      history {\n        type\n        at\n        members\n        relatedRingIds\n      }\n      subgraph(limit: $graphLimit) {\n        nodes {\n          id\n          kind\n          label\n          display\n        }\n        edges {\n          source\n          target\n          type\n          leadCount\n        }\n        truncated\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;