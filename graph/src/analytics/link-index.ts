import { parseSellerKey, type IdentifierKind } from '@cloudsword/shared';
import { scaledKindWeight, type KindWeights } from './weights.js';

/**
 * One account–identifier relationship as read from the graph.
 * `account` is `<platform>:<account id>` (e.g. `taobao:acc123`); `identifier` is the normalised
 * identifier key (e.g. `PHONE:+8613800138000`, `PAYMENT_ACCOUNT:ALIPAY:…`).
 */
export interface AccountLink {
  account: string;
  kind: IdentifierKind | string;
  identifier: string;
}

/**
 * The links interned into integer ids and two compressed adjacency lists (CSR), so that a
 * million accounts and a few million links cost tens of MB of typed arrays instead of millions
 * of small objects. Duplicate links are dropped; every adjacency list is sorted by id.
 */
export interface LinkIndex {
  readonly accountKeys: readonly string[];
  readonly identifierKeys: readonly string[];
  readonly identifierKinds: readonly string[];
  /** Kind weight of each identifier, in thousandths (WEIGHT_SCALE). */
  readonly identifierWeight: Int32Array;
  /** Accounts of identifier i: identifierAccounts[identifierOffsets[i] .. identifierOffsets[i+1]). */
  readonly identifierOffsets: Int32Array;
  readonly identifierAccounts: Int32Array;
  /** Identifiers of account a: accountIdentifiers[accountOffsets[a] .. accountOffsets[a+1]). */
  readonly accountOffsets: Int32Array;
  readonly accountIdentifiers: Int32Array;
}

/** The platform of an account key: what comes before the first ':' ('' when there is none). */
export function platformOf(accountKey: string): string {
  return parseSellerKey(accountKey)?.platformCode ?? '';
}

export function identifierDegree(index: LinkIndex, identifier: number): number {
  return index.identifierOffsets[identifier + 1] - index.identifierOffsets[identifier];
}

/**
 * Interns the links. An identifier key seen with two kinds keeps the first kind (keys carry
 * their kind as a prefix, so this only happens with inconsistent input).
 */
export function buildLinkIndex(links: Iterable<AccountLink>, weights: KindWeights): LinkIndex {
  const accountIds = new Map<string, number>();
  const accountKeys: string[] = [];
  const identifierIds = new Map<string, number>();
  const identifierKeys: string[] = [];
  const identifierKinds: string[] = [];
  const weightList: number[] = [];
  let linkAccount: Int32Array = new Int32Array(1024);
  let linkIdentifier: Int32Array = new Int32Array(1024);
  let linkCount = 0;

  for (const link of links) {
    let account = accountIds.get(link.account);
    if (account === undefined) {
      account = accountKeys.length;
      accountIds.set(link.account, account);
      accountKeys.push(link.account);
    }
    let identifier = identifierIds.get(link.identifier);
    if (identifier === undefined) {
      identifier = identifierKeys.length;
      identifierIds.set(link.identifier, identifier);
      identifierKeys.push(link.identifier);
      identifierKinds.push(link.kind);
      weightList.push(scaledKindWeight(link.kind, weights));
    }
    if (linkCount === linkAccount.length) {
      linkAccount = grow(linkAccount);
      linkIdentifier = grow(linkIdentifier);
    }
    linkAccount[linkCount] = account;
    linkIdentifier[linkCount] = identifier;
    linkCount++;
  }

  const identifierCount = identifierKeys.length;
  const identifierOffsets = new Int32Array(identifierCount + 1);
  for (let k = 0; k < linkCount; k++) identifierOffsets[linkIdentifier[k] + 1]++;
  for (let i = 0; i < identifierCount; i++) identifierOffsets[i + 1] += identifierOffsets[i];
  const cursor = identifierOffsets.slice(0, identifierCount);
  const members = new Int32Array(linkCount);
  for (let k = 0; k < linkCount; k++) members[cursor[linkIdentifier[k]]++] = linkAccount[k];

  // Sort each identifier's accounts and drop duplicates, compacting in place.
  let write = 0;
  let start = 0;
  for (let i = 0; i < identifierCount; i++) {
    const end = identifierOffsets[i + 1];
    if (end - start > 1) members.subarray(start, end).sort();
    identifierOffsets[i] = write;
    for (let k = start; k < end; k++) {
      if (k === start || members[k] !== members[k - 1]) members[write++] = members[k];
    }
    start = end;
  }
  identifierOffsets[identifierCount] = write;
  const identifierAccounts = members.slice(0, write);

  const accountCount = accountKeys.length;
  const accountOffsets = new Int32Array(accountCount + 1);
  for (let k = 0; k < write; k++) accountOffsets[identifierAccounts[k] + 1]++;
  for (let a = 0; a < accountCount; a++) accountOffsets[a + 1] += accountOffsets[a];
  const accountCursor = accountOffsets.slice(0, accountCount);
  const accountIdentifiers = new Int32Array(write);
  for (let i = 0; i < identifierCount; i++) {
    for (let k = identifierOffsets[i]; k < identifierOffsets[i + 1]; k++) {
      accountIdentifiers[accountCursor[identifierAccounts[k]]++] = i;
    }
  }

  return {
    accountKeys,
    identifierKeys,
    identifierKinds,
    identifierWeight: Int32Array.from(weightList),
    identifierOffsets,
    identifierAccounts,
    accountOffsets,
    accountIdentifiers,
  };
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
