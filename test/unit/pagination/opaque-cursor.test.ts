import { AppError } from '../../../api/src/errors/app-error';
import { requireIntInRange } from '../../../api/src/errors/input-checks';
import { decodeCursor, encodeCursor, isUuid } from '../../../api/src/pagination/opaque-cursor';

const pairOfTextAndUuid = (p: readonly unknown[]) => p.length === 2 && typeof p[0] === 'string' && isUuid(p[1]);

describe('opaque keyset cursors', () => {
  it('give back the parts they were made of', () => {
    const id = '2b1f0c2e-5d1a-4a61-9d43-0f6f0e7f3a10';
    const cursor = encodeCursor(['2026-11-23 06:25:52.123456+00', id]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, pairOfTextAndUuid)).toEqual(['2026-11-23 06:25:52.123456+00', id]);
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['JSON but not a list', Buffer.from('{"a":1}').toString('base64url')],
    ['a list of the wrong shape', encodeCursor(['x', 'not-a-uuid'])],
    ['empty', ''],
  ])('refuse %s as BAD_USER_INPUT on after', (_what, cursor) => {
    try {
      decodeCursor(cursor, pairOfTextAndUuid);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error)).toContain('after');
    }
  });
});

describe('integer arguments in a range', () => {
  it('pass through inside the range', () => {
    expect(requireIntInRange('first', 1, 1, 100)).toBe(1);
    expect(requireIntInRange('first', 100, 1, 100)).toBe(100);
  });

  it.each([0, 101, 2.5, Number.NaN])('refuse %p naming the field and the range', (value) => {
    expect(() => requireIntInRange('first', value, 1, 100)).toThrow('first must be between 1 and 100');
  });
});
