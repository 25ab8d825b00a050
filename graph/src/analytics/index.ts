// Ring detection over account–identifier links: pure functions, no I/O (STYLE.md habit 9).
export * from './weights.js';
export { platformOf, type AccountLink } from './link-index.js';
export { findSuperNodes, SUPER_NODE_DEFAULTS, type SuperNode, type SuperNodeOptions, type SuperNodeReason } from './supernodes.js';
export * from './account-projection.js';
export { computeLinkComponents, COMPONENT_DEFAULTS, type ComponentOptions, type LinkComponents } from './components.js';
export { DEFAULT_RING_SCORE_WEIGHTS, scoreFactors, scoreRing, type RingScoreBreakdown, type RingScoreFactor, type RingScoreWeights } from './ring-score.js';
export * from './rings.js';
export * from './stable-ids.js';
export * from './incremental.js';
export * from './evaluation.js';
export * from './centrality.js';
