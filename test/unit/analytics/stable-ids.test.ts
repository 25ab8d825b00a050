import { matchRings, type PreviousRing } from '../../../graph/src/analytics/index.js';

function counter(): () => string {
  let next = 1;
  return () => `new-${next++}`;
}

const ring = (members: string) => ({ members: members.split(' ') });

describe('matchRings', () => {
  const previous: PreviousRing[] = [
    { id: 'R1', members: 'a b c d e'.split(' ') },
    { id: 'R2', members: 'f g h'.split(' ') },
  ];

  it('keeps ids when a member is added or removed', () => {
    const { rings, events } = matchRings(previous, [ring('a b c d e x'), ring('f g')], { newId: counter() });
    expect(rings.map((r) => r.id)).toEqual(['R1', 'R2']);
    expect(events).toEqual([
      { type: 'GREW', ringId: 'R1', added: ['x'] },
      { type: 'SHRANK', ringId: 'R2', removed: ['h'] },
    ]);
  });

  it('keeps the other fields of the new rings', () => {
    const { rings } = matchRings(previous, [{ members: ['a', 'b', 'c', 'd', 'e'], score: 70 }], { newId: counter() });
    expect(rings).toEqual([{ id: 'R1', members: ['a', 'b', 'c', 'd', 'e'], score: 70 }]);
  });

  it('gives a merged ring the id of the larger old ring and records the merge', () => {
    const { rings, events } = matchRings(previous, [ring('a b c d e f g h')], { newId: counter() });
    expect(rings.map((r) => r.id)).toEqual(['R1']);
    expect(events).toEqual([
      { type: 'GREW', ringId: 'R1', added: ['f', 'g', 'h'] },
      { type: 'MERGED', ringId: 'R1', mergedIds: ['R2'] },
    ]);
  });

  it('lets the older ring win a merge of equals', () => {
    const equals: PreviousRing[] = [
      { id: 'OLD', members: ['a', 'b'] },
      { id: 'NEWER', members: ['c', 'd'] },
    ];
    const { rings, events } = matchRings(equals, [ring('c d a b')], { newId: counter() });
    expect(rings.map((r) => r.id)).toEqual(['OLD']);
    expect(events).toContainEqual({ type: 'MERGED', ringId: 'OLD', mergedIds: ['NEWER'] });
  });

  it('lets the largest part of a split keep the id and records the split', () => {
    const { rings, events } = matchRings(previous, [ring('d e'), ring('a b c'), ring('f g h')], { newId: counter() });
    expect(rings.map((r) => r.id)).toEqual(['new-1', 'R1', 'R2']);
    expect(events).toEqual([
      { type: 'CREATED', ringId: 'new-1', members: ['d', 'e'] },
      { type: 'SHRANK', ringId: 'R1', removed: ['d', 'e'] },
      { type: 'SPLIT', ringId: 'R1', intoIds: ['R1', 'new-1'] },
    ]);
  });

  it('creates fresh ids for unrelated rings and dissolves the vanished ones', () => {
    const { rings, events } = matchRings(previous, [ring('x y'), ring('a b c d e')], { newId: counter() });
    expect(rings.map((r) => r.id)).toEqual(['new-1', 'R1']);
    expect(events).toEqual([
      { type: 'CREATED', ringId: 'new-1', members: ['x', 'y'] },
      { type: 'DISSOLVED', ringId: 'R2', members: ['f', 'g', 'h'] },
    ]);
  });

  it('does not reuse an id below the Jaccard threshold nor twice', () => {
    // {a b} against R1 {a b c d e}: Jaccard 2/5 = 0.4 ≥ 0.3, but 0.4 < 0.5 when asked for more.
    const strict = matchRings(previous, [ring('a b')], { newId: counter(), minJaccard: 0.5 });
    expect(strict.rings.map((r) => r.id)).toEqual(['new-1']);
    const twice = matchRings(previous, [ring('a b c'), ring('c d e')], { newId: counter() });
    expect(twice.rings.map((r) => r.id).sort()).toEqual(['R1', 'new-1']);
  });
});
