/**
 * The database as Kysely sees it. Every column is a portable type: ids are text (UUIDv7), dates are
 * 'YYYY-MM-DD' text, timestamps ISO-8601 text, booleans 0/1 integers, JSON is text.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';

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

export type ScaleKind = 'vaardigheid' | 'ordinaal';

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
}

export interface LoginAttemptTable {
  id: string;
  key: string;
  at: string;
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
}

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
  target: string;
  evaluation: string | null;
  status: 'actief' | 'vervallen';
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface AmbitieWijzigingTable {
  id: string;
  ambitie_id: string;
  version: number;
  action: 'aangemaakt' | 'gewijzigd' | 'vervallen' | 'geevalueerd';
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
  login_attempt: LoginAttemptTable;
  app_meta: AppMetaTable;
  norm_row: NormRowTable;
  dle_point: DlePointTable;
  school_setting: SchoolSettingTable;
  instructie_override: InstructieOverrideTable;
  import_mapping: ImportMappingTable;
  periode: PeriodeTable;
  groepsoverzicht_rij: GroepsoverzichtRijTable;
  cluster_indeling: ClusterIndelingTable;
  groepsplan: GroepsplanTable;
  groepsplan_versie: GroepsplanVersieTable;
  cyclus_stap: CyclusStapTable;
  ambitie: AmbitieTable;
  ambitie_wijziging: AmbitieWijzigingTable;
  teambespreking: TeambesprekingTable;
  signaleringswaarde: SignaleringswaardeTable;
}

export type School = Selectable<SchoolTable>;
export type Groep = Selectable<GroepTable>;
export type Leerling = Selectable<LeerlingTable>;
export type AppUser = Selectable<AppUserTable>;
export type Toets = Selectable<ToetsTable>;
export type Toetsresultaat = Selectable<ToetsresultaatTable>;
export type NewToetsresultaat = Insertable<ToetsresultaatTable>;
export type LeerlingUpdate = Updateable<LeerlingTable>;
export type NewObservatie = Insertable<ObservatieTable>;
