import { normalizeResidentId } from '../../../shared/src/normalize/index';

describe('normalizeResidentId', () => {
  // Check characters worked out by hand with the GB 11643 weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → 1 0 X 9 8 7 6 5 4 3 2.
  it.each([
    ['11010519491231002X', '11010519491231002X', '1101**********002X', '1949-12-31', '110105'],
    ['11010519491231002x', '11010519491231002X', '1101**********002X', '1949-12-31', '110105'],
    ['110105 19491231 002X', '11010519491231002X', '1101**********002X', '1949-12-31', '110105'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', '1101**********002X', '1949-12-31', '110105'],
    ['330782199001011239', '330782199001011239', '3307**********1239', '1990-01-01', '330782'],
    ['350304198511305673', '350304198511305673', '3503**********5673', '1985-11-30', '350304'],
    ['440306200002290017', '440306200002290017', '4403**********0017', '2000-02-29', '440306'],
    ['110105491231002', '11010519491231002X', '1101**********002X', '1949-12-31', '110105'],
  ])('%j → %s', (raw, canonical, masked, birthDate, regionCode) => {
    expect(normalizeResidentId(raw)).toEqual({ ok: true, value: { canonical, masked, birthDate, regionCode } });
  });

  it.each([
    ['', 'Resident ID number is empty.'],
    ['110105194912310021', 'Resident ID number fails its check character: a digit is wrong.'],
    ['330782199001011238', 'Resident ID number fails its check character: a digit is wrong.'],
    ['11010519491231002Y', 'Resident ID number must be 17 digits followed by a digit or X.'],
    ['1101051949123100', 'Resident ID number must be 17 digits followed by a digit or X.'],
    ['330782199002301239', 'Resident ID number does not contain a valid birth date.'],
    ['440306199902290017', 'Resident ID number does not contain a valid birth date.'],
    ['440524188001010014', 'Resident ID number does not contain a valid birth date.'],
    ['330782219001011239', 'Resident ID number does not contain a valid birth date.'],
    ['990782199001011231', 'Resident ID number does not start with a known province code.'],
  ])('rejects %j', (raw, reason) => {
    expect(normalizeResidentId(raw)).toEqual({ ok: false, reason });
  });
});
