export { I18nProvider, useI18n } from './I18nProvider';
export { formatDateTime, DISPLAY_TIME_ZONE } from './format';
export { DEFAULT_LOCALE, LOCALES, type Locale, type Messages } from './messages';
