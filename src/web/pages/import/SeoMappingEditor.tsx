import { Paper, Select, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import type { SeoInspection } from '../../api/seo-import';
import { useI18n } from '../../i18n';
import { MappingTable } from './MappingEditor';
import type { Mapping } from './mapping';
import {
  isSeoRequired,
  lineLabel,
  scaleLabel,
  SEO_LIST_CODES,
  SEO_MEASURE_CODES,
  withScaleColumn,
  type SeoConstants,
  type SeoMeasure,
  type SeoScaleColumn,
} from './seo-mapping';

/** Shown to check the file against, never used to find a pupil. */
const DISPLAY_ONLY = new Set(['naam', 'roepnaam', 'voorvoegsel', 'achternaam', 'groep']);

const AUTO = 'zoeken';

/** The line with the column names: the one found, or one of the title block's lines above it. */
function HeaderRowChoice({
  inspection,
  onHeaderRow,
}: {
  inspection: SeoInspection;
  onHeaderRow(line: number | null): void;
}) {
  const { t } = useI18n();
  const lines = [
    ...inspection.above,
    ...(inspection.headerRow === null ? [] : [{ line: inspection.headerRow, cells: inspection.headers }]),
  ];
  return (
    <>
      <Text size="sm" c="dimmed" mb={4}>
        {t.seoImport.headerRowIntro}
      </Text>
      <Select
        label={t.seoImport.headerRowTitle}
        allowDeselect={false}
        maw={640}
        value={inspection.headerRow === null ? null : String(inspection.headerRow)}
        onChange={(v) => v && onHeaderRow(v === AUTO ? null : Number(v))}
        data={[
          ...lines.map((l) => ({
            value: String(l.line),
            label: t.seoImport.headerRowOption(l.line, lineLabel(l.cells)),
          })),
          // A line picked too high hides the lines below it: this finds the header again.
          { value: AUTO, label: t.seoImport.headerRowAuto },
        ]}
      />
    </>
  );
}

/** For a file with a column per scale: which scale each remaining column holds, and as what. */
function ScaleColumns({
  inspection,
  mapping,
  instrument,
  scaleColumns,
  onScaleColumns,
}: {
  inspection: SeoInspection;
  mapping: Mapping;
  instrument: string;
  scaleColumns: SeoScaleColumn[];
  onScaleColumns(c: SeoScaleColumn[]): void;
}) {
  const { t } = useI18n();
  const scales = inspection.instruments.find((i) => i.code === instrument)?.scales ?? [];
  const used = new Set(Object.values(mapping));
  const columns = inspection.headers.map((h, i) => ({ i, name: h || `${t.imports.column} ${i + 1}` }));
  return (
    <Table verticalSpacing={4} captionSide="top">
      <Table.Caption>{t.seoImport.scaleColumnsIntro}</Table.Caption>
      <Table.Tbody>
        {columns
          .filter((c) => !used.has(c.i))
          .map((c) => {
            const chosen = scaleColumns.find((s) => s.column === c.i);
            const measure: SeoMeasure = chosen?.measure ?? 'percentiel';
            return (
              <Table.Tr key={c.i}>
                <Table.Th scope="row" fw={500} w="30%">
                  {c.name}
                </Table.Th>
                <Table.Td>
                  <Select
                    aria-label={t.seoImport.scaleFor(c.name)}
                    size="xs"
                    clearable
                    placeholder={t.imports.notUsed}
                    value={chosen?.schaal ?? null}
                    onChange={(v) => onScaleColumns(withScaleColumn(scaleColumns, c.i, v, measure))}
                    data={scales.map((s) => ({ value: s.code, label: scaleLabel(s.name) }))}
                  />
                </Table.Td>
                <Table.Td w="30%">
                  <Select
                    aria-label={t.seoImport.measureFor(c.name)}
                    size="xs"
                    allowDeselect={false}
                    disabled={!chosen}
                    value={measure}
                    onChange={(v) =>
                      chosen &&
                      v &&
                      onScaleColumns(withScaleColumn(scaleColumns, c.i, chosen.schaal, v as SeoMeasure))
                    }
                    data={SEO_MEASURE_CODES.map((m) => ({ value: m, label: t.seoImport.measures[m] ?? m }))}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
      </Table.Tbody>
    </Table>
  );
}

function ConstantFields({
  inspection,
  constants,
  onConstants,
}: {
  inspection: SeoInspection;
  constants: SeoConstants;
  onConstants(c: SeoConstants): void;
}) {
  const { t } = useI18n();
  const set = (key: keyof SeoConstants, value: string | null) =>
    onConstants({ ...constants, [key]: value ?? '' });
  return (
    <>
      <Text fw={600} size="sm" mt="md" mb={4}>
        {t.seoImport.forWholeFile}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Select
          label={t.seoImport.instrument}
          clearable
          value={constants.instrument || null}
          onChange={(v) => set('instrument', v)}
          data={inspection.instruments.map((i) => ({
            value: i.code,
            label: i.source === 'school' ? t.seoImport.ownList(i.name) : i.name,
          }))}
        />
        <Select
          label={t.seoImport.lijst}
          clearable
          value={constants.lijst || null}
          onChange={(v) => set('lijst', v)}
          data={SEO_LIST_CODES.map((l) => ({ value: l, label: t.seoImport.lists[l] ?? l }))}
        />
        <TextInput
          label={t.seoImport.afnamedatum}
          value={constants.afnamedatum}
          onChange={(e) => set('afnamedatum', e.currentTarget.value)}
        />
        <TextInput
          label={t.seoImport.versie}
          value={constants.versie}
          onChange={(e) => set('versie', e.currentTarget.value)}
        />
      </SimpleGrid>
    </>
  );
}

export interface SeoMappingState {
  mapping: Mapping;
  scaleColumns: SeoScaleColumn[];
  constants: SeoConstants;
}

/** The header row, the columns of the fields, the columns per scale and the values for the whole file. */
export function SeoMappingEditor({
  inspection,
  state,
  onState,
  onHeaderRow,
}: {
  inspection: SeoInspection;
  state: SeoMappingState;
  onState(s: SeoMappingState): void;
  onHeaderRow(line: number | null): void;
}) {
  const { t } = useI18n();
  const fields = Object.entries(t.seoImport.fields).map(([field, label]) => ({
    field,
    label,
    displayOnly: DISPLAY_ONLY.has(field),
  }));
  const instrument = state.constants.instrument || (inspection.suggestion.constants.instrument ?? '');
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb={4}>
        {t.imports.mappingTitle}
      </Title>
      <HeaderRowChoice inspection={inspection} onHeaderRow={onHeaderRow} />
      <Text size="sm" c="dimmed" mt="md" mb="sm">
        {t.imports.mappingIntro}
      </Text>
      <MappingTable
        inspection={{ headers: inspection.headers, sample: inspection.sample, fields }}
        mapping={state.mapping}
        onMapping={(mapping) => onState({ ...state, mapping })}
        required={isSeoRequired}
      />
      <ConstantFields
        inspection={inspection}
        constants={state.constants}
        onConstants={(constants) => onState({ ...state, constants })}
      />
      {state.mapping.schaal === undefined && (
        <>
          <Title order={4} size="h5" mt="md">
            {t.seoImport.scaleColumnsTitle}
          </Title>
          <ScaleColumns
            inspection={inspection}
            mapping={state.mapping}
            instrument={instrument}
            scaleColumns={state.scaleColumns}
            onScaleColumns={(scaleColumns) => onState({ ...state, scaleColumns })}
          />
        </>
      )}
    </Paper>
  );
}
