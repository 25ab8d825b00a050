import { accept, reject, type Normalized } from './result.js';
import { normalizeText, stripSpaces } from './text.js';

export interface NormalizedEmail {
  /** Lower-cased; provider-specific aliases folded (see {@link normalizeEmail}). */
  canonical: string;
  /** `z***i@qq.com` */
  masked: string;
}

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

// Gmail ignores dots and "+tags" in the local part, so all those spellings reach one mailbox.
const DOTS_AND_TAGS_IGNORED = new Set(['gmail.com']);
// These providers deliver "name+tag@" to "name@" but treat dots as significant.
const TAGS_IGNORED = new Set(['outlook.com', 'hotmail.com', 'live.com', 'icloud.com', 'me.com', 'proton.me', 'protonmail.com']);
const DOMAIN_ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com' };

/**
 * Normalises an e-mail address: full-width characters and `。` folded, `mailto:` and
 * `Name <…>` wrappers removed, lower-cased; for Gmail dots and `+tags` are dropped, and for
 * a few providers with sub-addressing `+tags` are dropped, because they reach the same mailbox.
 */
export function normalizeEmail(raw: string): Normalized<NormalizedEmail> {
  let text = stripSpaces(normalizeText(raw)).toLowerCase();
  const bracketed = /<([^<>]+)>$/.exec(text);
  if (bracketed) text = bracketed[1];
  text = text.replace(/^mailto:/, '');
  if (text === '') return reject('E-mail address is empty.');

  const at = text.lastIndexOf('@');
  if (at < 0) return reject('E-mail address has no @.');
  let local = text.slice(0, at);
  let domain = text.slice(at + 1).replace(/\.$/, '');
  if (local === '') return reject('E-mail address has nothing before the @.');
  if (local.length > 64) return reject('E-mail local part is longer than 64 characters.');
  if (!LOCAL_PART.test(local)) return reject('E-mail local part contains characters that are not allowed.');
  if (!validDomain(domain)) return reject('E-mail domain is not a valid domain name.');

  domain = DOMAIN_ALIASES[domain] ?? domain;
  if (DOTS_AND_TAGS_IGNORED.has(domain)) local = local.replace(/\+.*$/, '').replace(/\./g, '');
  else if (TAGS_IGNORED.has(domain)) local = local.replace(/\+.*$/, '');
  if (local === '') return reject('E-mail local part is empty once its +tag is removed.');

  const canonical = `${local}@${domain}`;
  return accept({ canonical, masked: maskEmail(local, domain) });
}

function validDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL.test(labels[labels.length - 1]);
}

function maskEmail(local: string, domain: string): string {
  const shown = local.length > 2 ? `${local[0]}***${local[local.length - 1]}` : `${local[0]}***`;
  return `${shown}@${domain}`;
}
