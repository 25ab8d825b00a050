export * from './levels.js';
export * from './lead-reach.js';
export * from './gates.js';
export * from './case-states.js';
export * from './case-access.js';
export * from './share-rules.js';
