import { ConfigError, loadConfig } from '../../../api/src/config';

describe('configuration from the environment', () => {
  it('works every queue by default', () => {
    expect(loadConfig({}).workQueues).toEqual(['graph-project', 'lead-import', 'ring-analysis']);
  });

  it('narrows the worked queues with WORK_QUEUES, e.g. a dedicated import worker', () => {
    expect(loadConfig({ WORK_QUEUES: 'lead-import' }).workQueues).toEqual(['lead-import']);
    expect(loadConfig({ WORK_QUEUES: ' graph-project , ring-analysis,graph-project' }).workQueues).toEqual(['graph-project', 'ring-analysis']);
  });

  it('refuses an unknown queue name, naming the variable', () => {
    expect(() => loadConfig({ WORK_QUEUES: 'lead-import,projection' })).toThrow(ConfigError);
    expect(() => loadConfig({ WORK_QUEUES: 'lead-import,projection' })).toThrow(/WORK_QUEUES: must be "all" or a comma list/);
  });

  it('refuses production without its own secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET and IDENTITY_HASH_SECRET must be set/);
  });

  it('names every bad variable on one line', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT: .*; LOG_LEVEL: /);
  });
});
