import type { Locale } from './messages';

// Times are stored in UTC and always shown in China Standard Time, wherever the browser is.
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: DISPLAY_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    // English spells the month out (1 Mar 2026), so a day-month order is never misread.
    format =
      locale === 'en'
        ? new Intl.DateTimeFormat('en-GB', { ...TIME_OPTIONS, day: 'numeric', month: 'short', year: 'numeric' })
        : new Intl.DateTimeFormat(locale, { ...TIME_OPTIONS, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

/**
 * Formats an ISO-8601 instant in Beijing time (show Messages.time.zone beside it); returns null
 * for a missing or unparsable value.
 */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : dateTimeFormat(locale).format(date);
}
