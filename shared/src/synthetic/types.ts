import type { LeadReferral } from '../leads/referral.js';

/** Options of a synthetic world. The same options always give the same leads, byte for byte. */
export interface WorldOptions {
  seed: number;
  /** Seller accounts to generate, ring members and independent sellers together. */
  accounts: number;
  /** Mean referrals per account, at least 1 (every account is referred at least once); default 1.5. */
  leadsPerAccount?: number;
  /** Fraction of accounts that belong to rings, 0..1; default 0.3. */
  ringShare?: number;
  /** Smallest and largest ring, in accounts; default [3, 40]. Small rings are the most common. */
  ringSize?: [number, number];
  /** Platform codes; default ['taobao', 'jd', 'pdd', 'douyin']. */
  platforms?: string[];
  /** Probability, 0..1, that an identifier is written with formatting noise; default 0.5. */
  noise?: number;
  /**
   * End of the 18-month observation period (ISO 8601); default 2026-10-31T23:59:59+08:00.
   * Fixed rather than "now" so that output is reproducible; the demo seed may pass today.
   */
  asOf?: string;
}

/** Hard cases for detection quality, present whenever `accounts` ≥ {@link HARD_CASE_MIN_ACCOUNTS}. */
export type HardCaseScenario =
  /** Independent sellers whose only common identifier is one courier outlet. */
  | 'innocent-courier'
  /** One ring over three platforms and four provinces, every identifier written with noise. */
  | 'ring-spread'
  /** Two separate rings in one city that share a courier facility and nothing strong. */
  | 'ring-twin';

/** Ground truth of one lead. */
export interface GroundTruth {
  /** The ring the seller account belongs to; null for an independent seller. */
  ringId: string | null;
  /** The manufacturing hub the goods come from (a key of {@link HUBS}). */
  hub: string;
  /** Set on the accounts of a hard case. */
  scenario?: HardCaseScenario;
}

/** A referral as a platform would send it, with the ground truth behind it. */
export interface GeneratedLead {
  /** The referring platform's code. */
  platform: string;
  referral: LeadReferral;
  truth: GroundTruth;
}

/** Worlds at least this large contain all the hard cases. */
export const HARD_CASE_MIN_ACCOUNTS = 200;
