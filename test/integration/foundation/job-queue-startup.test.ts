import { createLogger } from '../../../api/src/logger';
import { JobQueue } from '../../../api/src/jobs/job-queue';
import { createTestDatabase, type TestDatabase } from '../../support/database';

// The app, the worker and the importer of docker-compose.yml start together on a fresh
// database; pg-boss creating its queues from several instances at once used to deadlock.
describe('job queue start-up', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('starts on several instances at once against a database without the queue schema', async () => {
    const logger = createLogger('warn');
    const started = await Promise.allSettled(Array.from({ length: 4 }, () => JobQueue.start(db.url, logger)));
    const queues = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    try {
      expect(started.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      expect(queues).toHaveLength(4);
    } finally {
      await Promise.all(queues.map((q) => q.stop()));
    }
  });
});
