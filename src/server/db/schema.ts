/**
 * The database as Kysely sees it. Every column is a portable type: ids are text (UUIDv7), dates are
 * 'YYYY-MM-DD' text, timestamps ISO-8601 text, booleans 0/1 integers, JSON is text.
 */
import type { Insertable } from 'kysely';
import type { ScaleKind } from '../../imports/instrument';
import type { AdviceCode } from '../../domain/vo-advies';

export type Bool01 = 0 | 1;

export interface BestuurTable {
  id: string;
  name: string;
  bestuursnummer: string | null;
  created_at: string;
}

export interface SchoolTable {
  id: string;
  bestuur_id: string;
  brin: string;
  vestiging: string | null;
  name: string;
  schoolweging: number | null;
  created_at: string;
  updated_at: string;
}

export interface SchooljaarTable {
  id: string;
  school_id: string;
  name: string;
  start_date: string;
  end_date: string;
}

export interface GroepTable {
  id: string;
  school_id: string;
  schooljaar_id: string;
  name: string;
  jaargroep: string;
  kind: 'stamgroep' | 'samengesteld';
  las_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface LeerlingTable {
  id: string;
  school_id: string;
  las_key: string;
  las_key_stable: Bool01;
  eckid: string | null;
  roepnaam: string;
  voorvoegsel: string | null;
  achternaam: string;
  geboortedatum: string | null;
  geslacht: '0' | '1' | '2' | '9' | null;
  groep3_start: string | null;
  opp_since: string | null;
  /** When the retention run replaced the pupil's identity (names, keys, birth date); null until then. */
  anonymised_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlaatsingTable {
  id: string;
  leerling_id: string;
  groep_id: string;
  jaargroep: string;
  start_date: string;
  end_date: string | null;
}

export interface AppUserTable {
  id: string;
  name: string;
  email: string;
  password_hash: string;
  active: Bool01;
  created_at: string;
  last_login_at: string | null;
}

export type Role = 'leerkracht' | 'ib' | 'schoolleider' | 'bestuur' | 'beheerder';

export interface RoleAssignmentTable {
  id: string;
  user_id: string;
  role: Role;
  school_id: string | null;
  bestuur_id: string | null;
  created_at: string;
}

export interface MedewerkerTable {
  id: string;
  school_id: string;
  user_id: string | null;
  las_key: string | null;
  roepnaam: string | null;
  voorvoegsel: string | null;
  achternaam: string;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface GroepLeerkrachtTable {
  groep_id: string;
  medewerker_id: string;
}

export interface ToetsTable {
  id: string;
  school_id: string | null;
  code: string;
  vak: string;
  name: string;
  publisher: string;
  version: string;
  scale_key: string;
  scale_kind: ScaleKind;
  level_system: string | null;
  created_at: string;
}

export interface ImportBatchTable {
  id: string;
  school_id: string;
  kind: string;
  filename: string | null;
  created_by: string | null;
  created_at: string;
  summary: string | null;
}

export interface ToetsresultaatTable {
  id: string;
  leerling_id: string;
  toets_id: string;
  schooljaar: string;
  moment: string;
  afnamedatum: string | null;
  ruwe_score: number | null;
  vaardigheidsscore: number | null;
  niveau: string | null;
  functioneringsniveau: string | null;
  dle: number | null;
  import_id: string | null;
  created_at: string;
  updated_at: string;
}

export type ObservatieAspect = 'werkhouding' | 'welbevinden' | 'sociaal_gedrag' | 'talent';

export interface ObservatieTable {
  id: string;
  leerling_id: string;
  schooljaar: string;
  moment: string | null;
  aspect: ObservatieAspect;
  waardering: number | null;
  toelichting: string | null;
  observed_on: string;
  author_user_id: string;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  leerling_id: string | null;
  school_id: string | null;
  details: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  stage: 'active' | 'mfa_pending';
  user_agent: string | null;
  ip: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_at: string;
}

export interface PasswordLinkTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface UserMfaTable {
  user_id: string;
  secret: string;
  created_at: string;
  confirmed_at: string | null;
  last_step: number;
}

export interface MfaRecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface SchoolSecurityTable {
  school_id: string;
  mfa_everyone: Bool01;
  updated_by: string;
  updated_at: string;
}

export interface AccountInvitationTable {
  id: string;
  user_id: string;
  name: string;
  assignment_id: string;
  role: Role;
  school_id: string | null;
  bestuur_id: string | null;
  invited_by: string;
  token_hash: string | null;
  created_at: string;
  expires_at: string;
  status: 'open' | 'accepted' | 'declined';
  decided_at: string | null;
}

export interface SsoProviderTable {
  id: string;
  bestuur_id: string;
  label: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  create_accounts: Bool01;
  trust_mfa: Bool01;
  updated_by: string | null;
  updated_at: string;
}

export interface SsoIdentityTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: string;
}

export interface SsoLoginTable {
  state_hash: string;
  provider_id: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  expires_at: string;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface NormRowTable {
  id: string;
  toets_id: string;
  school_id: string | null;
  moment: string;
  /** JSON: lower-bound cut score per level. */
  cuts: string;
  mean: number | null;
  label: string | null;
  created_by: string | null;
  created_at: string;
}

export interface DlePointTable {
  id: string;
  toets_id: string;
  school_id: string | null;
  min_score: number;
  dle: number;
}

export interface RetentionPolicyTable {
  school_id: string;
  /** JSON: see server/features/privacy/retention.schema.ts. */
  settings: string;
  updated_by: string | null;
  updated_at: string;
}

export interface SchoolSettingTable {
  school_id: string;
  /** JSON: see server/features/settings. */
  settings: string;
  updated_by: string | null;
  updated_at: string;
}

export type InstructieValue = 'verkort' | 'basis' | 'verlengd';

export interface InstructieOverrideTable {
  id: string;
  leerling_id: string;
  vak: string;
  schooljaar: string;
  moment: string;
  instructie: InstructieValue;
  reason: string;
  author_user_id: string;
  created_at: string;
  ended_at: string | null;
  ended_by: string | null;
}

/** A social-emotional score: one pupil, instrument, list and scale on one date (migration 0012). */
export interface SeoScoreTable {
  id: string;
  leerling_id: string;
  school_id: string;
  /** A catalog code ('zien', 'scol', …) or a school's own list ('eigen-…'). */
  instrument: string;
  versie: string | null;
  lijst: 'leerkracht' | 'leerling' | 'ouder';
  schaal: string;
  schooljaar: string;
  afnamedatum: string;
  ruwe_score: number | null;
  percentiel: number | null;
  band: 'laag' | 'gemiddeld' | 'hoog' | null;
  signaal: 'aandacht' | 'zorg' | null;
  import_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SeoEigenLijstTable {
  id: string;
  school_id: string;
  code: string;
  name: string;
  /** JSON: [{ code, name, domain }] (server/features/seo/seo-catalog.schema.ts). */
  scales: string;
  created_by: string | null;
  created_at: string;
}

/** How a school reads a version label of an LVS export (migration 0012). */
export interface ImportVersieKeuzeTable {
  id: string;
  school_id: string;
  toets_label: string;
  versie_label: string;
  instrument_code: string;
  created_by: string | null;
  updated_at: string;
}

export interface ImportMappingTable {
  id: string;
  school_id: string;
  name: string;
  config: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PeriodeTable {
  id: string;
  school_id: string;
  schooljaar: string;
  volgnummer: number;
  name: string;
  start_date: string;
  end_date: string;
  closing_kind: 'B' | 'M' | 'E' | null;
  created_at: string;
}

/** The groepsoverzicht's group section of a group in a period (migration 0014). */
export interface GroepsoverzichtGroepTable {
  id: string;
  groep_id: string;
  periode_id: string;
  groep_vraagt: string;
  groepsfactoren: string;
  leerkracht_behoeften: string;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface GroepsoverzichtRijTable {
  id: string;
  groep_id: string;
  periode_id: string;
  leerling_id: string;
  stimulerend: string;
  belemmerend: string;
  behoefte_pedagogisch: string;
  behoefte_didactisch: string;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface ClusterIndelingTable {
  id: string;
  groep_id: string;
  periode_id: string;
  vak: string;
  leerling_id: string;
  cluster: string;
  updated_by: string;
  updated_at: string;
}

export interface GroepsplanTable {
  id: string;
  groep_id: string;
  periode_id: string;
  vak: string;
  vorm: 'groepsplan' | 'blokplan';
  status: 'concept' | 'geevalueerd';
  version: number;
  content: string;
  evaluation: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface GroepsplanVersieTable {
  id: string;
  plan_id: string;
  version: number;
  status: 'concept' | 'geevalueerd';
  content: string;
  evaluation: string | null;
  saved_by: string;
  saved_at: string;
  /** Why the version was kept (migration 0009); null for versions from before, when every save was one. */
  reden: PlanVersionReason | null;
}

export type PlanVersionReason = 'aangemaakt' | 'vastgelegd' | 'geevalueerd' | 'heropend' | 'voor_ander';

export interface CyclusStapTable {
  id: string;
  groep_id: string;
  periode_id: string;
  stap: number;
  done_by: string;
  done_at: string;
}

export interface AmbitieTable {
  id: string;
  school_id: string;
  schooljaar: string;
  vak: string | null;
  jaargroep: number | null;
  moment: 'B' | 'M' | 'E' | null;
  kind: string;
  /** What the ambition counts (domain/ambitions-reference.ts measureOf); null for one in words. */
  measure: string | null;
  target: string;
  evaluation: string | null;
  status: 'actief' | 'vervallen';
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

/** An ambition on social safety or satisfaction (migration 0015); one per school, schooljaar and measure. */
export interface WelzijnAmbitieTable {
  id: string;
  school_id: string;
  schooljaar: string;
  measure: string;
  label: string | null;
  min_percent: number;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface AmbitieWijzigingTable {
  id: string;
  ambitie_id: string;
  version: number;
  action: 'aangemaakt' | 'gewijzigd' | 'vervallen' | 'geevalueerd' | 'samengevoegd';
  target: string;
  evaluation: string | null;
  reason: string;
  decided_by: string;
  changed_by: string;
  changed_at: string;
}

export interface TeambesprekingTable {
  id: string;
  school_id: string;
  schooljaar: string;
  moment: 'B' | 'M' | 'E';
  held_on: string;
  answers: string;
  snapshot: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface SignaleringswaardeTable {
  id: string;
  indicator: '2F/1S';
  from_weging: number | null;
  to_weging: number | null;
  share: number;
  source: string;
  created_at: string;
}

export type BesprekingKind = 'groepsbespreking' | 'leerlingbespreking' | 'zorgteam' | 'oudergesprek';
export type BesprekingStatus = 'gepland' | 'gehouden' | 'vastgesteld';

export interface BesprekingTable {
  id: string;
  school_id: string;
  kind: BesprekingKind;
  schooljaar: string;
  periode_id: string | null;
  groep_id: string | null;
  leerling_id: string | null;
  planned_on: string;
  held_on: string | null;
  status: BesprekingStatus;
  /** JSON: answer per question code. */
  answers: string;
  /** JSON: { code, toelichting } or null. */
  decision: string | null;
  /** JSON: the agenda as it stood when vastgesteld. */
  snapshot: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface BesprekingVersieTable {
  id: string;
  bespreking_id: string;
  version: number;
  status: BesprekingStatus;
  answers: string;
  decision: string | null;
  snapshot: string | null;
  reason: string;
  changed_by: string;
  changed_at: string;
}

export type DeelnemerKind = 'medewerker' | 'extern' | 'verzorger';

export interface BesprekingDeelnemerTable {
  id: string;
  bespreking_id: string;
  kind: DeelnemerKind;
  user_id: string | null;
  verzorger_id: string | null;
  name: string;
  role: string | null;
  organisation: string | null;
}

export interface BesprekingLeerlingTable {
  id: string;
  bespreking_id: string;
  leerling_id: string;
  reason: string;
  created_at: string;
}

export type AfspraakStatus = 'open' | 'gedaan' | 'vervallen';
export type AfspraakLink = 'groepsplan' | 'opp' | 'ambitie';

export interface AfspraakTable {
  id: string;
  school_id: string;
  bespreking_id: string | null;
  groep_id: string | null;
  leerling_id: string | null;
  text: string;
  owner_user_id: string;
  deadline: string | null;
  status: AfspraakStatus;
  link_kind: AfspraakLink | null;
  link_id: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  closed_at: string | null;
}

export interface ZorgniveauTable {
  id: string;
  leerling_id: string;
  school_id: string;
  niveau: number;
  reason: string;
  set_by: string;
  set_at: string;
}

export type OppStatus = 'concept' | 'vastgesteld' | 'geevalueerd' | 'bijgesteld' | 'beeindigd';

export interface OppTable {
  id: string;
  leerling_id: string;
  school_id: string;
  status: OppStatus;
  decided_on: string;
  vastgesteld_on: string | null;
  ended_on: string | null;
  /** JSON: see server/features/opp. */
  content: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface OppVersieTable {
  id: string;
  opp_id: string;
  version: number;
  status: OppStatus;
  content: string;
  reason: string;
  changed_by: string;
  changed_at: string;
}

export type OverlegOutcome = 'instemming' | 'geen_overeenstemming' | 'besproken';

export interface OppOverlegTable {
  id: string;
  opp_id: string;
  opp_version: number;
  held_on: string;
  participants: string;
  parents_view: string;
  outcome: OverlegOutcome;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

export interface OppEvaluatieTable {
  id: string;
  opp_id: string;
  kind: 'evaluatie' | 'notitie';
  evaluated_on: string;
  /** JSON: per vak the evaluation. */
  content: string;
  note: string;
  with_parents: Bool01;
  recorded_by: string;
  recorded_at: string;
}

export interface VerzorgerTable {
  id: string;
  leerling_id: string;
  school_id: string;
  name: string;
  relation: string;
  phone: string | null;
  email: string | null;
  gezag: Bool01;
  source: 'edexml' | 'hand';
  las_key: string | null;
  created_at: string;
  updated_at: string;
}

export type ToestemmingScope = 'extern_deskundige' | 'swv' | 'onderzoek' | 'overig';

export interface ToestemmingTable {
  id: string;
  leerling_id: string;
  school_id: string;
  verzorger_id: string | null;
  scope: ToestemmingScope;
  description: string;
  given: Bool01;
  given_on: string;
  valid_until: string | null;
  withdrawn_on: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** An advice or VO position: a code of domain/vo-advies.ts. */
type AdviceColumn = AdviceCode;

export interface SchooladviesTable {
  id: string;
  school_id: string;
  leerling_id: string;
  /** The schooljaar of groep 8: the cohort. */
  schooljaar: string;
  voorlopig_advies: AdviceColumn | null;
  voorlopig_op: string | null;
  definitief_advies: AdviceColumn | null;
  definitief_op: string | null;
  toets_naam: string | null;
  toets_score: number | null;
  toets_advies: AdviceColumn | null;
  heroverweging: 'gehandhaafd' | 'bijgesteld' | null;
  heroverwogen_advies: AdviceColumn | null;
  heroverweging_op: string | null;
  heroverweging_toelichting: string | null;
  uitstroom_niveau: AdviceColumn | null;
  uitstroom_school: string | null;
  toelichting: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface VoTerugkoppelingTable {
  id: string;
  school_id: string;
  leerling_id: string;
  cohort: string;
  leerjaar: number;
  niveau: AdviceColumn;
  vo_school: string | null;
  imported_by: string;
  imported_at: string;
}

export interface TevredenheidTable {
  id: string;
  school_id: string;
  afgenomen_op: string;
  schooljaar: string;
  groep: 'leerlingen' | 'ouders' | 'team';
  thema: string;
  thema_key: string;
  instrument: string | null;
  n: number;
  gemiddelde: number | null;
  schaal_min: number | null;
  schaal_max: number | null;
  positief: number | null;
  imported_by: string;
  imported_at: string;
}

export interface DB {
  bestuur: BestuurTable;
  school: SchoolTable;
  schooljaar: SchooljaarTable;
  groep: GroepTable;
  leerling: LeerlingTable;
  plaatsing: PlaatsingTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  medewerker: MedewerkerTable;
  groep_leerkracht: GroepLeerkrachtTable;
  toets: ToetsTable;
  import_batch: ImportBatchTable;
  toetsresultaat: ToetsresultaatTable;
  observatie: ObservatieTable;
  audit_log: AuditLogTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  password_link: PasswordLinkTable;
  user_mfa: UserMfaTable;
  mfa_recovery_code: MfaRecoveryCodeTable;
  school_security: SchoolSecurityTable;
  account_invitation: AccountInvitationTable;
  sso_provider: SsoProviderTable;
  sso_identity: SsoIdentityTable;
  sso_login: SsoLoginTable;
  app_meta: AppMetaTable;
  norm_row: NormRowTable;
  dle_point: DlePointTable;
  school_setting: SchoolSettingTable;
  retention_policy: RetentionPolicyTable;
  instructie_override: InstructieOverrideTable;
  import_mapping: ImportMappingTable;
  seo_score: SeoScoreTable;
  seo_eigen_lijst: SeoEigenLijstTable;
  import_versie_keuze: ImportVersieKeuzeTable;
  periode: PeriodeTable;
  groepsoverzicht_rij: GroepsoverzichtRijTable;
  groepsoverzicht_groep: GroepsoverzichtGroepTable;
  cluster_indeling: ClusterIndelingTable;
  groepsplan: GroepsplanTable;
  groepsplan_versie: GroepsplanVersieTable;
  cyclus_stap: CyclusStapTable;
  ambitie: AmbitieTable;
  welzijn_ambitie: WelzijnAmbitieTable;
  ambitie_wijziging: AmbitieWijzigingTable;
  teambespreking: TeambesprekingTable;
  signaleringswaarde: SignaleringswaardeTable;
  bespreking: BesprekingTable;
  bespreking_versie: BesprekingVersieTable;
  bespreking_deelnemer: BesprekingDeelnemerTable;
  bespreking_leerling: BesprekingLeerlingTable;
  afspraak: AfspraakTable;
  zorgniveau: ZorgniveauTable;
  opp: OppTable;
  opp_versie: OppVersieTable;
  opp_overleg: OppOverlegTable;
  opp_evaluatie: OppEvaluatieTable;
  verzorger: VerzorgerTable;
  toestemming: ToestemmingTable;
  schooladvies: SchooladviesTable;
  vo_terugkoppeling: VoTerugkoppelingTable;
  tevredenheid: TevredenheidTable;
}

export type NewObservatie = Insertable<ObservatieTable>;
