import type {
  AnalysisJobStatus,
  GraphEntityKind,
  IdentifierKind,
  ImportStatus,
  LocationLevel,
  OrgKind,
  PaymentKind,
  RingEventType,
  RingOrder,
  RingScoreFactorKind,
  RingStatus,
  Role,
} from '../generated/graphql';

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
  rings: {
    nav: string;
    title: string;
    intro: string;
    notPermitted: string;
    orderBy: string;
    order: Record<RingOrder, string>;
    ring: string;
    /** A ring has no name: its short id stands for it. */
    ringLabel: (shortId: string) => string;
    score: string;
    members: string;
    platforms: string;
    provinces: string;
    leads: string;
    estimatedValue: string;
    lastActivity: string;
    firstActivity: string;
    brands: string;
    status: string;
    statusName: Record<RingStatus, string>;
    empty: string;
    emptyHint: string;
    loadMore: string;
    loadingMore: string;
    loading: string;
    loadFailed: string;
    retry: string;
    none: string;
    yuan: (amount: string) => string;
    back: string;
    notFound: string;
    detailTitle: (label: string) => string;
    facts: string;
    updatedAt: string;
    showInGraph: string;
    showInGraphLabel: (name: string) => string;
    breakdown: {
      title: string;
      intro: string;
      factorTitle: string;
      measure: string;
      value: string;
      weight: string;
      points: string;
      /** The most points a factor can add (its weight's share of 100). */
      pointsOf: (max: string) => string;
      total: string;
      factor: Record<RingScoreFactorKind, string>;
      strongLinkDensityMeasure: (links: number, pairs: number) => string;
      crossPlatformSpreadMeasure: (platforms: number) => string;
      sizeMeasure: (size: number) => string;
      strongIdentifiersMeasure: (count: number) => string;
    };
    membersSection: {
      title: string;
      platform: string;
      account: string;
      showAll: (count: number) => string;
    };
    linking: {
      title: string;
      intro: string;
      kind: string;
      display: string;
      sharedBy: string;
      sharedByCount: (count: number) => string;
      weight: string;
      strong: string;
      empty: string;
    };
    bases: {
      title: string;
      intro: string;
      level: Record<LocationLevel, string>;
      unnamed: string;
      none: string;
      sellers: string;
      leads: string;
      rings: string;
      brands: string;
      streetsTitle: string;
      street: string;
      addressesTitle: string;
      address: string;
      leadsTitle: string;
      leadsIntro: string;
    };
    history: {
      title: string;
      event: Record<RingEventType, string>;
      membersLabel: string;
      related: string;
      empty: string;
    };
  };
  analysis: {
    title: string;
    intro: string;
    start: string;
    starting: string;
    running: string;
    startFailed: string;
    forbidden: string;
    status: Record<AnalysisJobStatus, string>;
    /** Written before the phase, its punctuation included (full-width in Chinese). */
    phaseLabel: string;
    /** The API's phases (AnalysisJob.phase); an unknown one is shown as the API writes it. */
    phase: Record<'QUEUED' | 'READING' | 'ANALYSING' | 'SAVING' | 'DONE' | 'FAILED', string>;
    progress: string;
    createdAt: string;
    count: Record<'accountsRead' | 'linksRead' | 'superNodes' | 'ringsFound' | 'ringsCreated' | 'ringsChanged' | 'ringsRetired', string>;
    /** The whole-graph counts are only given to viewers who may see the whole graph. */
    countsHidden: string;
    failedReason: string;
    loading: string;
    loadFailed: string;
    notVisible: string;
  };
  blocklist: {
    nav: string;
    title: string;
    notPermitted: string;
    addTitle: string;
    addIntro: string;
    kind: string;
    kindName: Record<IdentifierKind, string>;
    identifier: string;
    identifierHint: string;
    /** A placeholder per kind, written the way officers come across it. */
    identifierExample: Record<IdentifierKind, string>;
    paymentKind: string;
    paymentKindName: Record<PaymentKind, string>;
    choosePaymentKind: string;
    courier: string;
    courierHint: string;
    reason: string;
    reasonHint: string;
    submit: string;
    submitting: string;
    checkFields: string;
    forbidden: string;
    submitFailed: string;
    problem: {
      required: string;
      paymentKindRequired: string;
      tooLong: (max: number) => string;
    };
    changeTitle: string;
    changeIntro: string;
    blocked: (display: string) => string;
    reasonReplaced: (display: string) => string;
    unblocked: (display: string) => string;
    listTitle: string;
    listIntro: string;
    total: (count: string) => string;
    display: string;
    noDisplay: string;
    addedBy: string;
    addedAt: string;
    actions: string;
    remove: string;
    removeLabel: (display: string) => string;
    confirmRemove: (display: string) => string;
    confirm: string;
    cancel: string;
    removing: string;
    removeFailed: string;
    alreadyRemoved: string;
    empty: string;
    loadMore: string;
    loadingMore: string;
    loading: string;
    loadFailed: string;
    retry: string;
    none: string;
  };
  graph: {
    title: string;
    intro: string;
    loading: string;
    counts: (nodes: number, edges: number) => string;
    truncated: (limit: number) => string;
    legend: string;
    unavailable: string;
    empty: string;
    canvasLabel: string;
    zoom: string;
    zoomIn: string;
    zoomOut: string;
    resetView: string;
    kind: Record<GraphEntityKind | 'OTHER', string>;
    edgeType: Record<string, string>;
    panel: {
      title: string;
      hint: string;
      close: string;
      kind: string;
      display: string;
      key: string;
      degreeInRing: string;
      neighbours: string;
      neighboursIntro: string;
      loading: string;
      loadFailed: string;
      notVisible: string;
      noNeighbours: string;
      more: string;
      leadsBehind: string;
      lastSeen: string;
      inRing: string;
    };
    path: {
      title: string;
      intro: string;
      setStart: string;
      clearStart: string;
      isStart: string;
      startHint: (name: string) => string;
      loading: string;
      loadFailed: string;
      none: string;
      hops: (count: number) => string;
      leads: string;
      noLeads: string;
    };
  };
  orgKind: Record<OrgKind, string>;
  role: Record<Role, string>;
}
