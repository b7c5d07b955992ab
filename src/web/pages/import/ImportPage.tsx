import { Paper, Select, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMe, useSchools } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { EdexmlImport } from './EdexmlImport';
import { ResultsImport } from './ResultsImport';
import { SeoImport } from './SeoImport';

const NEW_SCHOOL = 'nieuw';

export function ImportPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const schools = useSchools();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState<string | null>('leerlingen');
  if (!me) return null;
  const canCreate = me.abilities.includes('school.manage');
  return (
    <Stack gap="md">
      <PageHeader
        title={t.imports.title}
        subtitle={t.imports.intro}
        crumbs={[{ label: t.app.home, to: '/' }, { label: t.imports.title }]}
      />
      <QueryState query={schools}>
        {(data) => {
          const importable = data.schools.filter((s) => s.abilities.includes('import.run'));
          const chosen = params.get('school') ?? importable[0]?.id ?? (canCreate ? NEW_SCHOOL : null);
          const schoolId = chosen === NEW_SCHOOL ? null : chosen;
          return (
            <>
              <Select
                label={t.imports.school}
                w={420}
                allowDeselect={false}
                value={chosen}
                onChange={(v) => v && setParams({ school: v })}
                data={[
                  ...importable.map((s) => ({ value: s.id, label: s.name })),
                  ...(canCreate ? [{ value: NEW_SCHOOL, label: t.imports.newSchoolOption }] : []),
                ]}
              />
              <Paper withBorder radius="md" p="md">
                <Tabs value={tab} onChange={setTab} keepMounted={false}>
                  <Tabs.List mb="md">
                    <Tabs.Tab value="leerlingen">{t.imports.tabPupils}</Tabs.Tab>
                    <Tabs.Tab value="resultaten" disabled={schoolId === null}>
                      {t.imports.tabResults}
                    </Tabs.Tab>
                    <Tabs.Tab value="seo" disabled={schoolId === null}>
                      {t.seoImport.tab}
                    </Tabs.Tab>
                  </Tabs.List>
                  <Tabs.Panel value="leerlingen">
                    <EdexmlImport key={chosen ?? ''} schoolId={schoolId} me={me} />
                  </Tabs.Panel>
                  <Tabs.Panel value="resultaten">
                    {schoolId && <ResultsImport key={schoolId} schoolId={schoolId} />}
                  </Tabs.Panel>
                  <Tabs.Panel value="seo">
                    {schoolId && <SeoImport key={schoolId} schoolId={schoolId} />}
                  </Tabs.Panel>
                </Tabs>
              </Paper>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
