import { Button, Group, Paper, Select, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSaveMapping } from '../../api/imports';
import type { ResultsInspection } from '../../api/types';
import { useI18n } from '../../i18n';
import {
  columnOptions,
  filledConstants,
  isRequired,
  withColumn,
  type Constants,
  type Mapping,
} from './mapping';

/** Field ↔ column as a table of selects; the SEO import uses it with its own fields and required ones. */
export function MappingTable({
  inspection,
  mapping,
  onMapping,
  required = isRequired,
}: {
  inspection: Pick<ResultsInspection, 'headers' | 'sample' | 'fields'>;
  mapping: Mapping;
  onMapping(m: Mapping): void;
  required?: (field: string) => boolean;
}) {
  const { t } = useI18n();
  const columns = columnOptions(inspection.headers, inspection.sample[0], t);
  return (
    <Table verticalSpacing={4}>
      <Table.Caption>{t.imports.mappingTitle}</Table.Caption>
      <Table.Tbody>
        {inspection.fields.map((f) => (
          <Table.Tr key={f.field}>
            <Table.Th scope="row" fw={500} w="40%">
              {f.label}
              {required(f.field) ? ' *' : ''}
            </Table.Th>
            <Table.Td>
              <Select
                aria-label={f.label}
                size="xs"
                clearable
                placeholder={t.imports.notUsed}
                value={mapping[f.field] === undefined ? null : String(mapping[f.field])}
                onChange={(v) => onMapping(withColumn(mapping, f.field, v))}
                data={columns}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Values for the whole file, for what the file does not say in a column. */
function ConstantFields({
  constants,
  onConstants,
}: {
  constants: Constants;
  onConstants(c: Constants): void;
}) {
  const { t } = useI18n();
  const field = (key: keyof Constants) => ({
    value: constants[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      onConstants({ ...constants, [key]: e.currentTarget.value }),
  });
  return (
    <>
      <Text fw={600} size="sm" mt="md" mb={4}>
        {t.imports.forWholeFile}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t.imports.constantToets} {...field('toets')} />
        <TextInput label={t.imports.constantMoment} {...field('moment')} />
        <TextInput
          label={t.imports.constantSchooljaar}
          placeholder={t.imports.schooljaarExample}
          {...field('schooljaar')}
        />
      </SimpleGrid>
    </>
  );
}

function SaveMapping({
  schoolId,
  inspection,
  mapping,
  constants,
}: {
  schoolId: string;
  inspection: ResultsInspection;
  mapping: Mapping;
  constants: Constants;
}) {
  const { t } = useI18n();
  const save = useSaveMapping(schoolId);
  const [name, setName] = useState('');
  return (
    <Group align="flex-end" mt="md">
      <TextInput
        label={t.imports.saveMappingAs}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        w={280}
      />
      <Button
        variant="default"
        disabled={name.trim() === ''}
        onClick={() =>
          save.mutate({
            name: name.trim(),
            mapping,
            headers: inspection.headers,
            constants: filledConstants(constants),
          })
        }
      >
        {t.imports.saveMapping}
      </Button>
      {save.isSuccess && (
        <Text size="sm" c="green.9" role="status">
          {t.imports.mappingSaved}
        </Text>
      )}
    </Group>
  );
}

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
      <MappingTable inspection={inspection} mapping={mapping} onMapping={onMapping} />
      <ConstantFields constants={constants} onConstants={onConstants} />
      <SaveMapping schoolId={schoolId} inspection={inspection} mapping={mapping} constants={constants} />
    </Paper>
  );
}
