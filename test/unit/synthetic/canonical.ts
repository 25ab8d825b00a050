// A deliberately simple canonicaliser for the synthetic tests: enough to bring the generator's
// formatting noise back to one value per entity, independent of the real normaliser in shared/.
import * as OpenCC from 'opencc-js';
import type { GeneratedLead } from '@cloudsword/shared';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function ascii(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** National digits: 13800138000, 05942681234, 4001234567, 95123. */
export function canonicalPhone(text: string): string {
  let d = ascii(text).replace(/\D/g, '');
  if (d.startsWith('0086')) d = d.slice(4);
  else if (d.startsWith('86') && d.length > 11) d = d.slice(2);
  // Without its trunk 0 a fixed line is 9–11 digits; a mobile is 11 digits starting with 1.
  if (!/^(0|400|95)/.test(d) && !(d.length === 11 && d.startsWith('1'))) d = `0${d}`;
  return d;
}

const LABEL = /^(发货地址|发货地|退货地址|退货|仓库地址|仓库|库房地址|注册地址|注册地|经营地址)[:：]?/;

/** Simplified, half-width, no spaces, no label, no 省/市 characters. */
export function canonicalAddress(text: string): string {
  return toSimplified(ascii(text)).replace(/\s+/g, '').replace(LABEL, '').replace(/[省市]/g, '');
}

export function canonicalPayment(kind: string, account: string): string {
  const a = ascii(account).trim();
  if (a.includes('@')) return `${kind}:${a.toLowerCase()}`;
  if (a.includes('wxid_')) return `${kind}:${a.slice(a.indexOf('wxid_'))}`;
  const d = a.replace(/\D/g, '');
  return `${kind}:${d.length === 16 || d.length === 19 ? d : canonicalPhone(a)}`;
}

export function canonicalDevice(text: string): string {
  const a = ascii(text).replace(/^(IMEI|IDFA)[: ]?/i, '').trim();
  return a.includes('-') && /[a-f]/i.test(a) ? a.toUpperCase() : a.replace(/\D/g, '');
}

export function canonicalResidentId(text: string): string {
  return ascii(text).replace(/\s+/g, '').toUpperCase();
}

export function isServicePhone(digits: string): boolean {
  return digits.startsWith('400') || digits.startsWith('95');
}

export function isCourierFacility(canonical: string): boolean {
  return /(转运中心|分拨中心|集散中心|网点)$/.test(canonical);
}

/** The account a lead is about. */
export function accountOf(lead: GeneratedLead): string {
  return `${lead.platform}/${lead.referral.seller.platformAccountId}`;
}

/** Strong identifiers of a lead, canonical and prefixed by kind. */
export function strongIdentifiers(lead: GeneratedLead): string[] {
  const r = lead.referral;
  const out: string[] = [];
  for (const p of r.phones ?? []) {
    const d = canonicalPhone(p);
    if (!isServicePhone(d)) out.push(`phone:${d}`);
  }
  for (const e of r.emails ?? []) out.push(`email:${e.toLowerCase()}`);
  for (const a of r.addresses ?? []) {
    const c = canonicalAddress(a.text);
    if (!isCourierFacility(c)) out.push(`address:${c}`);
  }
  for (const w of r.waybills ?? []) {
    const c = w.senderAddress ? canonicalAddress(w.senderAddress) : '';
    if (c && !isCourierFacility(c)) out.push(`address:${c}`);
  }
  for (const p of r.paymentAccounts ?? []) out.push(`pay:${canonicalPayment(p.kind, p.account)}`);
  for (const d of r.deviceIds ?? []) out.push(`device:${canonicalDevice(d)}`);
  if (r.seller.residentIdNumber) out.push(`id:${canonicalResidentId(r.seller.residentIdNumber)}`);
  return out;
}

/** Weak identifiers of a lead: courier facilities (addresses and waybill senders) and service lines. */
export function weakIdentifiers(lead: GeneratedLead): string[] {
  const r = lead.referral;
  const out: string[] = [];
  for (const p of r.phones ?? []) {
    const d = canonicalPhone(p);
    if (isServicePhone(d)) out.push(`phone:${d}`);
  }
  const texts = [...(r.addresses ?? []).map((a) => a.text), ...(r.waybills ?? []).flatMap((w) => (w.senderAddress ? [w.senderAddress] : []))];
  for (const t of texts) {
    const c = canonicalAddress(t);
    if (isCourierFacility(c)) out.push(`facility:${c}`);
  }
  return out;
}

/** Union–find over string keys. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    if (!this.parent.has(x)) this.parent.set(x, x);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
