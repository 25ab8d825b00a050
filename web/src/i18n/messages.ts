import type { ImportStatus, OrgKind, Role } from '../generated/graphql';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * Every string the UI shows. Both dictionaries must implement all of it, so a missing
 * translation (or a new OrgKind / Role in the schema) is a compile error.
 */
export interface Messages {
  app: {
    name: string;
    tagline: string;
    documentTitle: string;
    skipToContent: string;
    footer: string;
  };
  locale: {
    switchTo: string;
    switchLabel: string;
  };
  signIn: {
    title: string;
    intro: string;
    email: string;
    password: string;
    submit: string;
    submitting: string;
    invalidCredentials: string;
    badInput: string;
    network: string;
    unexpected: string;
    sessionExpired: string;
    notice: string;
  };
  session: {
    signedInAs: string;
    signOut: string;
  };
  home: {
    title: string;
    welcome: (name: string) => string;
    profile: string;
    displayName: string;
    email: string;
    organisation: string;
    orgKind: string;
    region: string;
    roles: string;
    lastLogin: string;
    never: string;
    unknownRegion: string;
    loading: string;
    loadFailed: string;
    retry: string;
  };
  time: {
    /** Shown after every time, which is always in Asia/Shanghai. */
    zone: string;
  };
  notFound: {
    title: string;
    backHome: string;
  };
  imports: {
    nav: string;
    title: string;
    intro: string;
    platformsOnly: string;
    file: string;
    formatHint: string;
    unknownFormat: string;
    upload: string;
    uploading: (percent: string) => string;
    uploadErrors: Record<'tooLarge' | 'forbidden' | 'badInput' | 'network' | 'unexpected', string>;
    status: Record<ImportStatus, string>;
    progress: string;
    statusTitle: string;
    rowsRead: string;
    accepted: string;
    rejected: string;
    createdAt: string;
    failedReason: string;
    errorsTitle: string;
    errorRow: string;
    errorField: string;
    errorReason: string;
    moreErrors: string;
    noErrors: string;
    downloadErrors: string;
    downloadFailed: string;
    recentTitle: string;
    noRecent: string;
    fileName: string;
    view: string;
    loading: string;
    loadFailed: string;
  };
  orgKind: Record<OrgKind, string>;
  role: Record<Role, string>;
}
