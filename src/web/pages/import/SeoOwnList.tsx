import { Alert, Button, Group, Paper, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useAddSeoList } from '../../api/seo-import';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';

/** A school's own list: a name and its scales, one per line; then its files import like the rest. */
export function SeoOwnList({ schoolId, onAdded }: { schoolId: string; onAdded(): void }) {
  const { t } = useI18n();
  const add = useAddSeoList(schoolId);
  const [name, setName] = useState('');
  const [scales, setScales] = useState('');
  const names = scales
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" mb={4}>
        {t.seoImport.ownListTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t.seoImport.ownListIntro}
      </Text>
      <Group align="flex-start">
        <TextInput
          label={t.seoImport.ownListName}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={280}
        />
        <Textarea
          label={t.seoImport.ownListScales}
          value={scales}
          onChange={(e) => setScales(e.currentTarget.value)}
          autosize
          minRows={2}
          w={320}
        />
      </Group>
      <Button
        mt="sm"
        variant="default"
        disabled={name.trim().length < 2 || names.length === 0 || add.isPending}
        onClick={() =>
          add.mutate(
            { name: name.trim(), scales: names.map((n) => ({ name: n })) },
            {
              onSuccess: () => {
                setName('');
                setScales('');
                onAdded();
              },
            },
          )
        }
      >
        {t.seoImport.ownListAdd}
      </Button>
      {add.isSuccess && (
        <Text size="sm" c="green.9" role="status" mt="xs">
          {t.seoImport.ownListAdded}
        </Text>
      )}
      {add.isError && (
        <Alert color="red" variant="light" role="alert" mt="xs">
          {errorMessage(add.error, t)}
        </Alert>
      )}
    </Paper>
  );
}
