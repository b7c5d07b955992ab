/**
 * Every TanStack Query key of the web app. Keys nest: invalidating a prefix (`queryKeys.groupsAll`)
 * reaches every key below it, so a change names what it touches rather than each cached view.
 */
export const queryKeys = {
  me: ['me'] as const,
  schools: ['schools'] as const,
  school: (id: string) => ['schools', id] as const,
  groups: (schoolId: string, schooljaar: string | undefined) =>
    ['schools', schoolId, 'groups', schooljaar ?? 'current'] as const,
  settings: (schoolId: string) => ['schools', schoolId, 'settings'] as const,

  groupsAll: ['groups'] as const,
  group: (id: string) => ['groups', id] as const,
  groupAnalysis: (id: string) => ['groups', id, 'analysis'] as const,
  groepsoverzichtAll: (groupId: string) => ['groups', groupId, 'groepsoverzicht'] as const,
  groepsoverzicht: (groupId: string, periode: string | null) =>
    ['groups', groupId, 'groepsoverzicht', periode ?? 'huidig'] as const,
  /** Under groepsoverzichtAll, so whatever refreshes the groepsoverzicht refreshes its group section. */
  groepsoverzichtGroep: (groupId: string, periode: string | null) =>
    ['groups', groupId, 'groepsoverzicht', 'groep', periode ?? 'huidig'] as const,

  pupilsAll: ['pupils'] as const,
  pupil: (id: string) => ['pupils', id] as const,
  pupilAnalysis: (id: string) => ['pupils', id, 'analysis'] as const,
  /** Social-emotional scores: a pupil's over time, a group's latest per scale, a school's scales. */
  pupilSeo: (id: string) => ['pupils', id, 'seo'] as const,
  groupSeo: (id: string) => ['groups', id, 'seo'] as const,
  schoolSeoScales: (schoolId: string) => ['schools', schoolId, 'seo-schalen'] as const,

  datamuurAll: ['datamuur'] as const,
  datamuur: (path: string, params: string) => ['datamuur', path, params] as const,

  norms: (schoolId: string) => ['norms', schoolId] as const,
  bestuur: ['bestuur'] as const,
  adminUsers: ['admin', 'users'] as const,
  adminSchools: ['admin', 'schools'] as const,
  adminGroups: (schoolId: string) => ['admin', 'schools', schoolId, 'groups'] as const,

  cycleAll: ['cycle'] as const,
  groupCycle: (groupId: string, periode: string | null) =>
    ['cycle', 'group', groupId, periode ?? 'huidig'] as const,
  schoolCycle: (schoolId: string, schooljaar: string | null, volgnummer: string | null) =>
    ['cycle', 'school', schoolId, `${schooljaar ?? ''}/${volgnummer ?? ''}`] as const,
  plan: (planId: string) => ['plans', planId] as const,
  periods: (schoolId: string, schooljaar: string) => ['periods', schoolId, schooljaar] as const,

  ogwAll: ['ogw'] as const,
  schooloverzicht: (schoolId: string, schooljaar: string | null, moment: string | null) =>
    ['ogw', 'overzicht', schoolId, schooljaar ?? '', moment ?? ''] as const,
  ambitions: (schoolId: string, schooljaar: string | null) =>
    ['ogw', 'ambities', schoolId, schooljaar ?? ''] as const,
  trends: (schoolId: string, params: Record<string, string | null>) =>
    ['ogw', 'trends', schoolId, JSON.stringify(params)] as const,
  bestuurGrid: (params: Record<string, string | null>) => ['ogw', 'bestuur', JSON.stringify(params)] as const,
  bestuurUitstroom: (cohort: string | null) => ['ogw', 'bestuur-uitstroom', cohort ?? ''] as const,
  teambesprekingen: (schoolId: string) => ['ogw', 'teambesprekingen', schoolId] as const,
  teambespreking: (id: string) => ['ogw', 'teambespreking', id] as const,
  tevredenheid: (schoolId: string) => ['ogw', 'tevredenheid', schoolId] as const,
  veiligheid: (schoolId: string, schooljaar: string | null) =>
    ['ogw', 'veiligheid', schoolId, schooljaar ?? ''] as const,
  veiligheidTrend: (schoolId: string) => ['ogw', 'veiligheid-trend', schoolId] as const,
  bestuurWelzijn: (schooljaar: string | null) => ['ogw', 'bestuur-welzijn', schooljaar ?? ''] as const,
  welzijnAmbities: (schoolId: string, schooljaar: string) =>
    ['ogw', 'welzijn-ambities', schoolId, schooljaar] as const,

  /** Leerlingzorg: besprekingen, afspraken, the pupils to discuss and a pupil's care data. */
  zorgAll: ['zorg'] as const,
  besprekingen: (schoolId: string, params: Record<string, string | null>) =>
    ['zorg', 'besprekingen', schoolId, JSON.stringify(params)] as const,
  bespreking: (id: string) => ['zorg', 'bespreking', id] as const,
  pupilsToDiscuss: (schoolId: string) => ['zorg', 'te-bespreken', schoolId] as const,
  afspraken: (schoolId: string, status: string | null) =>
    ['zorg', 'afspraken', schoolId, status ?? 'alle'] as const,
  myAfspraken: ['zorg', 'mijn-afspraken'] as const,
  /** The start page's to-do list: read afresh on every visit (see api/home.ts). */
  todos: (schoolId: string) => ['todos', schoolId] as const,
  pupilZorg: (pupilId: string) => ['zorg', 'leerling', pupilId] as const,

  /** The own account (sessions, MFA, invitations) and the beheerder's account-security settings. */
  accountAll: ['account'] as const,
  accountSessions: ['account', 'sessions'] as const,
  accountMfa: ['account', 'mfa'] as const,
  accountInvitations: ['account', 'invitations'] as const,
  ssoProviders: ['sso', 'providers'] as const,
  passwordLink: (token: string) => ['password-link', token] as const,
  schoolSecurity: (schoolId: string) => ['admin', 'schools', schoolId, 'security'] as const,
  bestuurSso: (bestuurId: string) => ['admin', 'besturen', bestuurId, 'sso'] as const,

  /** Privacy (AVG): the school's retention periods and audit log; the beheerder's backup status. */
  retention: (schoolId: string) => ['privacy', 'retention', schoolId] as const,
  audit: (schoolId: string, params: Record<string, string | null>) =>
    ['privacy', 'audit', schoolId, JSON.stringify(params)] as const,
  backups: ['admin', 'backups'] as const,

  schooladviesAll: (schoolId: string) => ['schooladvies', schoolId] as const,
  schooladvies: (schoolId: string, schooljaar: string) => ['schooladvies', schoolId, schooljaar] as const,
  // Under schooladviesAll: a VO import or a saved advice reads the cohorts again too.
  schooladviesCohorts: (schoolId: string) => ['schooladvies', schoolId, 'cohorts'] as const,
};
