// The gates' rules are pure and live in shared/src/access/gates.ts (table-driven tests there);
// the api decides with them and reports them as capabilities.
export { capabilitiesOf, decideGate, Gate, type GateDecision } from '@cloudsword/shared';
