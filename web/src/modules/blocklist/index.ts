import { lazy } from 'react';

export { mayCurateRings } from './access';

// Only the secretariat's curators open this page: its code loads when they do.
export const BlocklistPage = lazy(() => import('./BlocklistPage').then((module) => ({ default: module.BlocklistPage })));
