import { describeWorld, generateLeads } from '@cloudsword/shared';

describe('synthetic world: streaming', () => {
  it('yields lazily, even for a world far too large to hold', () => {
    const started = Date.now();
    const leads = generateLeads({ seed: 1, accounts: 1_000_000_000 });
    for (let i = 0; i < 100; i++) expect(leads.next().done).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps the heap bounded over 200,000 accounts', () => {
    const accounts = 200_000;
    let count = 0;
    let baseline = 0;
    let peak = 0;
    for (const lead of generateLeads({ seed: 4, accounts, leadsPerAccount: 1 })) {
      count++;
      if (count === 20_000) baseline = process.memoryUsage().heapUsed;
      if (count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      if (lead.referral.externalId === '') throw new Error('unreachable');
    }
    expect(Math.abs(count - describeWorld({ seed: 4, accounts, leadsPerAccount: 1 }).expectedLeads)).toBe(0);
    // Garbage comes and goes; what must not happen is growth with the number of leads.
    expect(peak - baseline).toBeLessThan(150 * 1024 * 1024);
  }, 120_000);
});
