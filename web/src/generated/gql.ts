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
    "\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ImportJobsDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      roles\n      lastLoginAt\n      organisation {\n        id\n        name\n        kind\n        provinceCode\n        cityCode\n        regionName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n": types.ImportJobsDocument,
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
export function graphql(source: "\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!, $errorsFirst: Int!) {\n    importJob(id: $id) {\n      id\n      fileName\n      format\n      status\n      rowsRead\n      accepted\n      rejected\n      bytesRead\n      bytesTotal\n      percent\n      createdAt\n      startedAt\n      finishedAt\n      error\n      errors(first: $errorsFirst) {\n        edges {\n          cursor\n          node {\n            row\n            field\n            reason\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJobs($first: Int!) {\n    importJobs(first: $first) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          rowsRead\n          accepted\n          rejected\n          createdAt\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;