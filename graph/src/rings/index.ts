// Ring analysis I/O and views: reading links for the analytics, Ring nodes, per-viewer views.
export * from './link-kinds.js';
export * from './read-links.js';
export * from './ring-graph.js';
export * from './visible-ring.js';
export * from './ring-subgraph.js';
export * from './batch-scope.js';
