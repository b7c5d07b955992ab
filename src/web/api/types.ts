/**
 * Response types come from the server's zod schemas, imported as types only: the browser bundle gets
 * no server code, and a change on one side is a compile error on the other.
 */
import type { z } from 'zod';
import type { MeResponse as MeSchema } from '../../server/features/auth/auth.schema';
import type {
  SchoolListResponse,
  SchoolDetailResponse,
  GroupListResponse,
} from '../../server/features/schools/schools.schema';
import type { GroupDetailResponse as GroupSchema } from '../../server/features/groups/groups.schema';
import type {
  PupilDetailResponse as PupilSchema,
  ObservationResponse,
  NewObservationBody,
} from '../../server/features/pupils/pupils.schema';
import type { BestuurOverviewResponse as BestuurSchema } from '../../server/features/bestuur/bestuur.schema';
import type {
  PupilAnalysisResponse,
  GroupAnalysisResponse,
} from '../../server/features/analysis/analysis.schema';
import type { NormListResponse, NormImportResponse } from '../../server/features/norms/norms.schema';
import type {
  EdexmlReportSchema,
  InspectResponse,
  ResultsReportSchema,
} from '../../server/features/imports/imports.schema';
import type { DatamuurResponse } from '../../server/features/datamuur/datamuur.schema';
import type {
  GroepsoverzichtResponse,
  SavedRow,
} from '../../server/features/groepsoverzicht/groepsoverzicht.schema';
import type {
  SettingsResponse,
  EngineSettings as EngineSettingsSchema,
} from '../../server/features/settings/settings.schema';
import type {
  GroupCycleResponse,
  PlanResponse,
  SchoolCycleResponse,
} from '../../server/features/plans/plans.schema';
import type { PeriodList, PeriodsBody } from '../../server/features/periods/periods.schema';
import type {
  AmbitionListResponse,
  AmbitionSchema,
  NewAmbitionBody,
} from '../../server/features/ambitions/ambitions.schema';
import type { SchooloverzichtResponse } from '../../server/features/schooloverzicht/schooloverzicht.schema';
import type { TrendsResponse } from '../../server/features/trends/trends.schema';
import type { BestuurGridResponse } from '../../server/features/bestuur/bestuur-grid.schema';
import type {
  TeambesprekingList,
  TeambesprekingResponse,
} from '../../server/features/teambespreking/teambespreking.schema';
import type {
  AdminUserListResponse,
  AdminUserResponse,
  AdminSchoolListResponse,
  AdminSchoolResponse,
  AdminGroupListResponse,
  NewUserBody,
  NewSchoolBody,
  RoleGrant,
} from '../../server/features/admin/admin.schema';

export type Me = z.infer<typeof MeSchema>;
export type SchoolList = z.infer<typeof SchoolListResponse>;
export type SchoolDetail = z.infer<typeof SchoolDetailResponse>;
export type GroupList = z.infer<typeof GroupListResponse>;
export type GroupDetail = z.infer<typeof GroupSchema>;
export type PupilDetail = z.infer<typeof PupilSchema>;
export type Observation = z.infer<typeof ObservationResponse>['observation'];
export type NewObservation = z.input<typeof NewObservationBody>;
export type BestuurOverview = z.infer<typeof BestuurSchema>;
export type AdminUsers = z.infer<typeof AdminUserListResponse>;
export type AdminUser = z.infer<typeof AdminUserResponse>['user'];
export type AdminSchools = z.infer<typeof AdminSchoolListResponse>;
export type AdminSchool = z.infer<typeof AdminSchoolResponse>['school'];
export type AdminGroups = z.infer<typeof AdminGroupListResponse>;
export type NewUser = z.input<typeof NewUserBody>;
export type NewSchool = z.input<typeof NewSchoolBody>;
export type NewRole = z.input<typeof RoleGrant>;
export type Permission = Me['abilities'][number];
export type PupilAnalysis = z.infer<typeof PupilAnalysisResponse>;
export type GroupAnalysis = z.infer<typeof GroupAnalysisResponse>;
export type VakAnalysis = PupilAnalysis['vakken'][number];
export type Signal = PupilAnalysis['signals'][number];
export type Role = Me['roles'][number]['role'];
export type NormList = z.infer<typeof NormListResponse>;
export type NormImportResult = z.infer<typeof NormImportResponse>;
export type Settings = z.infer<typeof SettingsResponse>;
export type EngineSettings = z.infer<typeof EngineSettingsSchema>;
export type EdexmlReport = z.infer<typeof EdexmlReportSchema>;
export type ResultsInspection = z.infer<typeof InspectResponse>;
export type ResultsReport = z.infer<typeof ResultsReportSchema>;
export type ImportProblem = EdexmlReport['problems'][number];
export type Datamuur = z.infer<typeof DatamuurResponse>;
export type DatamuurCard = Datamuur['cards'][number];
export type Groepsoverzicht = z.infer<typeof GroepsoverzichtResponse>;
export type GroepsoverzichtRow = z.infer<typeof SavedRow>;

export type PlanDetail = z.infer<typeof PlanResponse>;
export type PlanContent = PlanDetail['content'];
export type PlanSubgroup = PlanContent['subgroepen'][number];
export type PlanGoal = PlanSubgroup['doelen'][number];
export type PlanEvaluation = NonNullable<PlanDetail['evaluation']>;
export type GoalStatus = PlanEvaluation['confirmed'][string][string];
export type GroupCycle = z.infer<typeof GroupCycleResponse>;
export type SchoolCycle = z.infer<typeof SchoolCycleResponse>;
export type CycleStep = GroupCycle['steps'][number];
export type Periods = z.infer<typeof PeriodList>;
export type PeriodInput = z.input<typeof PeriodsBody>['periods'][number];

export type AmbitionList = z.infer<typeof AmbitionListResponse>;
export type Ambition = z.infer<typeof AmbitionSchema>;
export type AmbitionTarget = Ambition['target'];
export type NewAmbition = z.input<typeof NewAmbitionBody>;
export type Schooloverzicht = z.infer<typeof SchooloverzichtResponse>;
export type OverzichtCell = Schooloverzicht['cells'][number];
export type OverzichtFigure = OverzichtCell['figures'][number];
export type Trends = z.infer<typeof TrendsResponse>;
export type BestuurGrid = z.infer<typeof BestuurGridResponse>;
export type TeambesprekingItems = z.infer<typeof TeambesprekingList>;
export type Teambespreking = z.infer<typeof TeambesprekingResponse>;
