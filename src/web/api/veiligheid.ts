/**
 * The yearly monitoring of social safety of a school: per safety and well-being scale the share of
 * pupils in a favourable band, per groep 5–8. Types from the server's zod schema, as types only.
 */
import { useQuery } from '@tanstack/react-query';
import type { BestuurWelzijnResponse } from '../../server/features/bestuur/bestuur-welzijn.schema';
import type { VeiligheidTrendResponse } from '../../server/features/veiligheid/veiligheid-trend.schema';
import type { VeiligheidResponse } from '../../server/features/veiligheid/veiligheid.schema';
import { get } from './client';
import { queryKeys } from './keys';
import { withQuery } from './query-string';

export type Veiligheid = VeiligheidResponse;
export type MonitoringScale = Veiligheid['scales'][number];
export type MonitoringCell = MonitoringScale['school'];

export const useVeiligheid = (schoolId: string, schooljaar: string | null) =>
  useQuery({
    queryKey: queryKeys.veiligheid(schoolId, schooljaar),
    queryFn: () =>
      get<Veiligheid>(
        `/schools/${schoolId}/veiligheid${schooljaar ? `?schooljaar=${encodeURIComponent(schooljaar)}` : ''}`,
      ),
  });

export type VeiligheidTrend = VeiligheidTrendResponse;
export type VeiligheidTrendYear = VeiligheidTrend['years'][number];

/** The school's monitoring over the years: per schooljaar the share who feel safe and well. */
export const useVeiligheidTrend = (schoolId: string) =>
  useQuery({
    queryKey: queryKeys.veiligheidTrend(schoolId),
    queryFn: () => get<VeiligheidTrend>(`/schools/${schoolId}/veiligheid/trend`),
  });

export type BestuurWelzijn = BestuurWelzijnResponse;

/** The bestuur's schools on safety, well-being and satisfaction in one schooljaar (the newest by default). */
export const useBestuurWelzijn = (schooljaar: string | null) =>
  useQuery({
    queryKey: queryKeys.bestuurWelzijn(schooljaar),
    queryFn: () => get<BestuurWelzijn>(withQuery('/bestuur/welzijn', { schooljaar })),
    placeholderData: (previous) => previous,
  });
