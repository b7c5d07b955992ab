import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useSchool, useSettings } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { NormsPanel } from './NormsPanel';
import { PeriodsPanel } from './PeriodsPanel';
import { RetentionPanel } from '../privacy/RetentionPanel';
import { RulesPanel } from './RulesPanel';

export function SchoolSettingsPage() {
  const { schoolId = '' } = useParams();
  const { t } = useI18n();
  const settings = useSettings(schoolId);
  const school = useSchool(schoolId);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t.settings.title}
        subtitle={school.data ? `${school.data.school.name} · ${t.settings.intro}` : t.settings.intro}
        crumbs={[{ label: t.app.home, to: '/' }, { label: t.settings.title }]}
      />
      <QueryState query={settings}>
        {(data) => (
          <>
            <NormsPanel schoolId={schoolId} />
            <RulesPanel schoolId={schoolId} settings={data} />
            {school.data && (
              <PeriodsPanel
                schoolId={schoolId}
                schooljaren={school.data.schooljaren}
                canEdit={school.data.school.abilities.includes('period.manage')}
              />
            )}
            {school.data?.school.abilities.includes('privacy.manage') && (
              <RetentionPanel schoolId={schoolId} />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
