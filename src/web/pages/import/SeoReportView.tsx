import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import type { SeoInspection, SeoReport } from '../../api/seo-import';
import { useI18n } from '../../i18n';
import { ProblemList } from './ProblemList';
import { scaleLabel } from './seo-mapping';

/** Per instrument, list and scale: how many scores, in which band, with how many signals. */
function PerScale({ report, inspection }: { report: SeoReport; inspection: SeoInspection }) {
  const { t } = useI18n();
  const instrumentOf = (code: string) => inspection.instruments.find((i) => i.code === code);
  return (
    <Table withTableBorder striped verticalSpacing={4} maw={860}>
      <Table.Caption>{t.seoImport.perScaleCaption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t.seoImport.colInstrument}</Table.Th>
          <Table.Th scope="col">{t.seoImport.colList}</Table.Th>
          <Table.Th scope="col">{t.seoImport.colScale}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t.seoImport.colScores}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t.seoImport.colLow}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t.seoImport.colAverage}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t.seoImport.colHigh}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t.seoImport.colSignals}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.perScale.map((s) => {
          const instrument = instrumentOf(s.instrument);
          const scale = instrument?.scales.find((x) => x.code === s.schaal);
          return (
            <Table.Tr key={`${s.instrument}|${s.lijst}|${s.schaal}`}>
              <Table.Td>{instrument?.name ?? s.instrument}</Table.Td>
              <Table.Td>{t.seoImport.lists[s.lijst] ?? s.lijst}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {scaleLabel(scale?.name ?? s.schaal)}
              </Table.Th>
              <Table.Td ta="right">{s.scores}</Table.Td>
              <Table.Td ta="right">{s.bands.laag}</Table.Td>
              <Table.Td ta="right">{s.bands.gemiddeld}</Table.Td>
              <Table.Td ta="right">{s.bands.hoog}</Table.Td>
              <Table.Td ta="right">{s.signals}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function SeoReportView({ report, inspection }: { report: SeoReport; inspection: SeoInspection }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" aria-live="polite">
      {report.status === 'refused' && (
        <Alert color="red" variant="light" role="alert">
          {t.imports.refused}
        </Alert>
      )}
      {report.status === 'imported' && (
        <Text c="green.9" fw={600} role="status">
          {t.seoImport.imported}
        </Text>
      )}
      {report.status === 'preview' && <Text size="sm">{t.imports.preview}</Text>}
      <Text size="sm">{t.seoImport.rows(report.rows.total, report.rows.valid, report.rows.invalid)}</Text>
      {report.status !== 'refused' && (
        <>
          <Text size="sm">{t.seoImport.scores(report.scores.total, report.pupils)}</Text>
          <Text size="sm">
            {t.seoImport.changes(report.scores.new, report.scores.changed, report.scores.unchanged)}
          </Text>
          {report.perScale.length > 0 && <PerScale report={report} inspection={inspection} />}
          {report.signalled.length > 0 && (
            <>
              <Title order={4} size="h5">
                {t.seoImport.signalledTitle}
              </Title>
              <List size="sm" spacing={2}>
                {report.signalled.map((p) => (
                  <List.Item key={p.key}>{t.seoImport.signalled(p.name, p.key, p.signals)}</List.Item>
                ))}
              </List>
            </>
          )}
        </>
      )}
      <ProblemList problems={report.problems} />
    </Stack>
  );
}
