import { Button, Group, Paper, Select, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { put } from '../../api/client';
import type { ResultsInspection } from '../../api/types';
import { useI18n } from '../../i18n';

export type Mapping = Record<string, number>;
export interface Constants {
  toets: string;
  moment: string;
  schooljaar: string;
}

const REQUIRED = new Set(['leerlingKey', 'toets', 'vaardigheidsscore']);

/** Field ↔ column, with an example value from the file next to each choice. */
export function MappingEditor({
  schoolId,
  inspection,
  mapping,
  onMapping,
  constants,
  onConstants,
}: {
  schoolId: string;
  inspection: ResultsInspection;
  mapping: Mapping;
  onMapping(m: Mapping): void;
  constants: Constants;
  onConstants(c: Constants): void;
}) {
  const { t } = useI18n();
  const [saveName, setSaveName] = useState('');
  const [saved, setSaved] = useState(false);
  const columns = inspection.headers.map((h, i) => ({
    value: String(i),
    label: `${h || `${t.imports.column} ${i + 1}`}${inspection.sample[0]?.[i] ? ` (${t.imports.example.toLowerCase()}: ${inspection.sample[0][i]})` : ''}`,
  }));
  const setField = (field: string, value: string | null) => {
    const next = Object.fromEntries(Object.entries(mapping).filter(([f]) => f !== field));
    onMapping(value === null || value === '' ? next : { ...next, [field]: Number(value) });
  };
  const save = async () => {
    await put(`/schools/${schoolId}/import-mappings/${encodeURIComponent(saveName.trim())}`, {
      mapping,
      headers: inspection.headers,
      constants: Object.fromEntries(Object.entries(constants).filter(([, v]) => v.trim() !== '')),
    });
    setSaved(true);
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb={4}>
        {t.imports.mappingTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t.imports.mappingIntro}
      </Text>
      {inspection.savedMappings.length > 0 && (
        <Select
          label={t.imports.savedMapping}
          w={320}
          mb="sm"
          data={inspection.savedMappings.map((m) => m.name)}
          onChange={(name) => {
            const found = inspection.savedMappings.find((m) => m.name === name);
            if (found) onMapping({ ...found.mapping });
          }}
        />
      )}
      <Table verticalSpacing={4}>
        <Table.Caption>{t.imports.mappingTitle}</Table.Caption>
        <Table.Tbody>
          {inspection.fields.map((f) => (
            <Table.Tr key={f.field}>
              <Table.Th scope="row" fw={500} w="40%">
                {f.label}
                {REQUIRED.has(f.field) ? ' *' : ''}
              </Table.Th>
              <Table.Td>
                <Select
                  aria-label={f.label}
                  size="xs"
                  clearable
                  placeholder={t.imports.notUsed}
                  value={mapping[f.field] === undefined ? null : String(mapping[f.field])}
                  onChange={(v) => setField(f.field, v)}
                  data={columns}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={600} size="sm" mt="md" mb={4}>
        {t.imports.forWholeFile}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t.imports.constantToets}
          value={constants.toets}
          onChange={(e) => onConstants({ ...constants, toets: e.currentTarget.value })}
        />
        <TextInput
          label={t.imports.constantMoment}
          value={constants.moment}
          onChange={(e) => onConstants({ ...constants, moment: e.currentTarget.value })}
        />
        <TextInput
          label={t.imports.constantSchooljaar}
          placeholder="2025-2026"
          value={constants.schooljaar}
          onChange={(e) => onConstants({ ...constants, schooljaar: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Group align="flex-end" mt="md">
        <TextInput
          label={t.imports.saveMappingAs}
          value={saveName}
          onChange={(e) => setSaveName(e.currentTarget.value)}
          w={280}
        />
        <Button variant="default" disabled={saveName.trim() === ''} onClick={() => void save()}>
          {t.imports.saveMapping}
        </Button>
        {saved && (
          <Text size="sm" c="green.9" role="status">
            {t.imports.mappingSaved}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

export function configOf(mapping: Mapping, constants: Constants) {
  const c: Record<string, string> = {};
  if (constants.toets.trim()) c.toets = constants.toets.trim();
  if (constants.moment.trim()) c.moment = constants.moment.trim().toUpperCase();
  if (constants.schooljaar.trim()) c.schooljaar = constants.schooljaar.trim();
  return JSON.stringify({ mapping, constants: c });
}

export const EMPTY_CONSTANTS: Constants = { toets: '', moment: '', schooljaar: '' };
