export { GraphExplorer } from './GraphExplorer';
export { kindLabel, nodeName } from './palette';
export type { GraphViewEdge, GraphViewNode } from './types';
