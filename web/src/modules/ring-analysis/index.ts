export { mayStartAnalysis } from './access';
export { AnalysisProgress, type FinishedAnalysis } from './AnalysisProgress';
export { RingAnalysisPanel } from './RingAnalysisPanel';
