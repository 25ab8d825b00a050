export { maySeeRings } from './access';
export { RingDetailPage } from './RingDetailPage';
export { RingsPage } from './RingsPage';
