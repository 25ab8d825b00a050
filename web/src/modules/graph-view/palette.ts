import type { GraphEntityKind } from '../../generated/graphql';
import type { Messages } from '../../i18n';

export type NodeKind = GraphEntityKind | 'OTHER';

/** Legend order: the accounts first, then the identifiers most often linking them. */
export const NODE_KINDS: readonly NodeKind[] = [
  'SELLER_ACCOUNT',
  'PHONE',
  'PAYMENT_ACCOUNT',
  'DEVICE',
  'ADDRESS',
  'EMAIL',
  'IP',
  'WAYBILL',
  'RESIDENT_ID',
  'OTHER',
];

// Distinguishable on white and for the common colour-vision deficiencies (Okabe–Ito based);
// seller accounts take the navy of the app.
export const KIND_COLORS: Record<NodeKind, string> = {
  SELLER_ACCOUNT: '#1f3a5f',
  PHONE: '#0072b2',
  PAYMENT_ACCOUNT: '#e69f00',
  DEVICE: '#cc79a7',
  ADDRESS: '#d55e00',
  EMAIL: '#56b4e9',
  IP: '#009e73',
  WAYBILL: '#8c6d46',
  RESIDENT_ID: '#7b5ea7',
  OTHER: '#8a94a3',
};

/** The kind of a node as the API names it (RingGraphNode.kind is a plain string). */
export function nodeKind(kind: string): NodeKind {
  return (NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : 'OTHER';
}

export function kindLabel(kind: string, t: Messages): string {
  return t.graph.kind[nodeKind(kind)];
}

export function kindColor(kind: string): string {
  return KIND_COLORS[nodeKind(kind)];
}

/** A relationship type in words, or as the API names it when it is not one the UI knows. */
export function edgeTypeLabel(type: string, t: Messages): string {
  return Object.hasOwn(t.graph.edgeType, type) ? t.graph.edgeType[type] : type;
}

/**
 * What to call a node: a seller by its shop name and account key (shop names repeat); an
 * identifier by its masked display value, else its kind, never by its key, which is unmasked.
 */
export function nodeName(node: { id: string; kind: string; display: string | null }, t: Messages): string {
  if (nodeKind(node.kind) === 'SELLER_ACCOUNT') {
    // The ring graph's display of a seller is its account id, already in the key.
    return node.display && !node.id.endsWith(`:${node.display}`) ? `${node.display} (${node.id})` : node.id;
  }
  return node.display ?? kindLabel(node.kind, t);
}
