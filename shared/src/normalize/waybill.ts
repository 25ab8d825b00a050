import { COURIER_BY_NUMBER, COURIER_NAMES } from './courier-codes.js';
import { accept, reject, type Normalized } from './result.js';
import { normalizeText, stripSpaces } from './text.js';

export interface NormalizedWaybill {
  /** Canonical courier code (`SF`, `ZTO`, …), or the cleaned name of a courier not in the table. */
  courier: string;
  /** Upper-case, no spaces or dashes. */
  number: string;
  /** `${courier}:${number}` */
  key: string;
}

const CODE_BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(COURIER_NAMES)) for (const name of names) CODE_BY_NAME.set(name, code);
// Chinese base names, longest first, to recognise "顺丰同城" or "中通快运" by their head.
const CHINESE_HEADS = [...CODE_BY_NAME.keys()].filter((name) => /^[\u4e00-\u9fff]/.test(name)).sort((a, b) => b.length - a.length);
const NAME_NOISE = /(?:股份有限公司|有限责任公司|有限公司|公司|集团|快递|速运|速递|物流|快运|快件|包裹|EXPRESS|LOGISTICS|DELIVERY|CO\.?|LTD\.?|INC\.?)$/;
const WAYBILL_NUMBER = /^[A-Z0-9]{8,32}$/;

/**
 * Normalises a waybill: the courier name to a canonical code (顺丰 / SF / 顺丰速运 → `SF`,
 * 中通 → `ZTO`, 圆通 → `YTO`, 申通 → `STO`, 韵达 → `YUNDA`, 京东 → `JD`, 邮政 / EMS → `EMS`,
 * 极兔 → `JTEXPRESS`, 德邦 → `DEPPON`, …) and the number to upper case without separators.
 * A blank courier is inferred from numbers with a courier prefix (`SF…`, `JT…`); an unknown
 * courier keeps its cleaned name so that its waybills still match one another.
 */
export function normalizeWaybill(courier: string, number: string): Normalized<NormalizedWaybill> {
  const cleanNumber = stripSpaces(normalizeText(number)).toUpperCase().replace(/[-_/.]/g, '');
  if (cleanNumber === '') return reject('Waybill number is empty.');
  if (!WAYBILL_NUMBER.test(cleanNumber)) return reject('Waybill number must be 8 to 32 letters and digits.');
  if (/^(.)\1*$/.test(cleanNumber)) return reject('Waybill number is one repeated character, a placeholder.');

  const code = courierCode(courier) ?? courierFromNumber(cleanNumber);
  if (!code) return reject('Courier is missing and cannot be told from the waybill number.');
  return accept({ courier: code, number: cleanNumber, key: `${code}:${cleanNumber}` });
}

function courierCode(raw: string): string | undefined {
  let name = stripSpaces(normalizeText(raw)).toUpperCase().replace(/[()（）[\]【】,，.·・]/g, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(NAME_NOISE, '');
  }
  if (name === '') return undefined;
  const known = CODE_BY_NAME.get(name) ?? CODE_BY_NAME.get(name.replace(/^中国/, ''));
  if (known) return known;
  const head = CHINESE_HEADS.find((candidate) => name.startsWith(candidate));
  return head ? CODE_BY_NAME.get(head) : name;
}

function courierFromNumber(number: string): string | undefined {
  return COURIER_BY_NUMBER.find(([pattern]) => pattern.test(number))?.[1];
}
