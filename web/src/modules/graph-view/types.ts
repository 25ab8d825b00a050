/** A node as the API gives it to draw (RingGraphNode, GraphNode). */
export interface GraphViewNode {
  id: string;
  /** SELLER_ACCOUNT or an identifier kind. */
  kind: string;
  display: string | null;
}

/** A seller → identifier link, with the number of leads behind it the viewer may see. */
export interface GraphViewEdge {
  source: string;
  target: string;
  type: string;
  leadCount: number;
}
