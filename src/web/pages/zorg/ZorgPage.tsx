import { Select, Stack, Tabs, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/queries';
import { withSearchParam } from '../../api/query-string';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { AfsprakenTab } from './AfsprakenTab';
import { BesprekingenTab } from './BesprekingenTab';
import { PlanningTab } from './PlanningTab';
import { ToDiscussTab } from './ToDiscussTab';
import { chosenSchool, zorgSchools } from './zorg-schools';

const TABS = ['besprekingen', 'jaarplanning', 'te-bespreken', 'afspraken'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

/** The IB's and schoolleider's care pages of one school, a tab each; the choices live in the address. */
export function ZorgPage() {
  const { t } = useI18n();
  const z = t.zorg;
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const schools = me ? zorgSchools(me) : [];
  const schoolId = chosenSchool(schools, params.get('school'));
  const school = schools.find((s) => s.id === schoolId);
  const wanted = params.get('tab');
  const tab: Tab = isTab(wanted) ? wanted : 'besprekingen';
  const set = (key: string, value: string | null) => setParams(withSearchParam(params, key, value));
  const tabLabel: Record<Tab, string> = {
    besprekingen: z.tabs.besprekingen,
    jaarplanning: z.tabs.jaarplanning,
    'te-bespreken': z.tabs.teBespreken,
    afspraken: z.tabs.afspraken,
  };
  return (
    <Stack gap="md">
      <PageHeader
        title={z.title}
        subtitle={school ? `${school.name} · ${z.intro}` : z.intro}
        crumbs={[{ label: t.app.home, to: '/' }, { label: z.title }]}
        actions={
          schools.length > 1 && (
            <Select
              label={z.school}
              w={280}
              allowDeselect={false}
              value={schoolId}
              onChange={(value) => value && setParams({ school: value, tab })}
              data={schools.map((s) => ({ value: s.id, label: s.name }))}
            />
          )
        }
      />
      {!schoolId ? (
        <Text>{z.noSchool}</Text>
      ) : (
        <Tabs
          value={tab}
          onChange={(value) => set('tab', value === 'besprekingen' ? null : value)}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {TABS.map((value) => (
              <Tabs.Tab key={value} value={value}>
                {tabLabel[value]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="besprekingen">
            <BesprekingenTab key={schoolId} schoolId={schoolId} params={params} set={set} />
          </Tabs.Panel>
          <Tabs.Panel value="jaarplanning">
            <PlanningTab key={schoolId} schoolId={schoolId} params={params} set={set} />
          </Tabs.Panel>
          <Tabs.Panel value="te-bespreken">
            <ToDiscussTab key={schoolId} schoolId={schoolId} />
          </Tabs.Panel>
          <Tabs.Panel value="afspraken">
            <AfsprakenTab key={schoolId} schoolId={schoolId} params={params} set={set} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
