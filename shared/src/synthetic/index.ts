// Synthetic referrals for the demo seed, the tests and the benchmarks: a deterministic,
// streaming world of counterfeiting rings and independent sellers, with ground truth.
export { generateLeads, describeWorld, type WorldSummary } from './world.js';
export { HARD_CASE_MIN_ACCOUNTS, type WorldOptions, type GeneratedLead, type GroundTruth, type HardCaseScenario } from './types.js';
export { HUBS, type Hub } from './hubs.js';
export { toCsvRow, CSV_COLUMNS } from './csv.js';
