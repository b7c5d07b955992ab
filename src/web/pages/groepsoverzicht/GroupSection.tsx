import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  saveGroupSection,
  useGroupSection,
  type GroupSection as GroupSectionData,
  type GroupSectionSaved,
  type GroupSectionText,
} from '../../api/groepsoverzicht-groep';
import { useAutosave } from '../../api/use-autosave';
import { ConflictAlert, SaveStatusLine } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';

const FIELDS = ['groepVraagt', 'groepsfactoren', 'leerkrachtBehoeften'] as const;
const SAVE_AFTER_MS = 800;

const textsOf = (s: GroupSectionSaved): GroupSectionText => ({
  groepVraagt: s.groepVraagt,
  groepsfactoren: s.groepsfactoren,
  leerkrachtBehoeften: s.leerkrachtBehoeften,
});

function GroupSectionEditor({
  groupId,
  data,
  canEdit,
}: {
  groupId: string;
  data: GroupSectionData;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const s = t.groupSection;
  const editor = useAutosave<GroupSectionText, GroupSectionSaved>({
    initial: () => ({ draft: textsOf(data.section), version: data.section.version, saved: data.section }),
    save: (texts, version) => saveGroupSection({ groupId, periodeId: data.periode.id }, texts, version),
    versionOf: (saved) => saved.version,
    draftOf: textsOf,
    delayMs: SAVE_AFTER_MS,
    enabled: canEdit,
  });
  const label = {
    groepVraagt: s.groepVraagt,
    groepsfactoren: s.groepsfactoren,
    leerkrachtBehoeften: s.leerkrachtBehoeften,
  };
  const hint = {
    groepVraagt: s.groepVraagtHint,
    groepsfactoren: s.groepsfactorenHint,
    leerkrachtBehoeften: s.leerkrachtBehoeftenHint,
  };
  // A section carried from the previous period stays marked until it is saved in this one.
  const carried = data.carriedFrom && editor.version === 0 ? data.carriedFrom : null;
  return (
    <Stack gap="sm">
      {carried && (
        <Alert variant="light" color="yellow" className="no-print">
          <Group justify="space-between">
            <Text size="sm">{s.carried(carried.name, carried.groupName)}</Text>
            {canEdit && (
              <Button size="xs" variant="default" onClick={() => editor.edit((d) => ({ ...d }))}>
                {s.confirm}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {editor.status === 'conflict' && editor.theirs && (
        <ConflictAlert
          title={s.conflictTitle}
          keepMine={s.keepMine}
          takeTheirs={s.takeTheirs}
          onKeepMine={editor.keepMine}
          onTakeTheirs={editor.takeTheirs}
          className="no-print"
        >
          <Text size="sm">{s.conflictText(editor.theirs.updatedBy ?? '')}</Text>
        </ConflictAlert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {FIELDS.map((field) => {
          const text = editor.draft[field].trim();
          return (
            <div key={field}>
              <Textarea
                className="no-print"
                size="sm"
                autosize
                minRows={3}
                label={label[field]}
                description={hint[field]}
                readOnly={!canEdit}
                value={editor.draft[field]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  editor.edit((d) => ({ ...d, [field]: value }));
                }}
              />
              <div className="go-print-only go-print-text go-group-print">
                <span className="go-print-label">{label[field]}</span>
                <span className={text ? undefined : 'go-print-empty'}>{text || t.prints.empty}</span>
              </div>
            </div>
          );
        })}
      </SimpleGrid>
      {canEdit && (
        <SaveStatusLine
          status={editor.status}
          savedAt={editor.version === 0 ? null : (editor.saved?.updatedAt ?? null)}
          size="xs"
          texts={{ saving: s.saving, unsaved: s.unsaved, error: s.saveError, saved: s.saved }}
        />
      )}
    </Stack>
  );
}

/**
 * The groepsoverzicht's group section: what this group asks of the teacher, the group's factors and
 * the teacher's own ondersteuningsbehoeften, saved as the teacher types.
 */
export function GroupSection({
  groupId,
  periodeId,
  canEdit,
}: {
  groupId: string;
  periodeId: string;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const s = t.groupSection;
  const section = useGroupSection(groupId, periodeId);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="go-groep" className="go-group">
      <Stack gap="xs">
        <Title order={2} size="h4" id="go-groep">
          {s.title}
        </Title>
        <Text size="sm" c="dimmed" className="no-print">
          {s.intro}
        </Text>
        {section.data && (
          <GroupSectionEditor
            key={`${periodeId}-${section.data.periode.id}`}
            groupId={groupId}
            data={section.data}
            canEdit={canEdit && section.data.abilities.includes('groepsoverzicht.write')}
          />
        )}
      </Stack>
    </Paper>
  );
}
