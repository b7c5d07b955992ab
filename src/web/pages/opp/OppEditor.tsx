import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { OppContent, OppResponse, Uitstroomprofiel } from '../../api/opp';
import type { VakAnalysis } from '../../api/types';
import { useI18n } from '../../i18n';
import { newGoalId } from './goal-id';
import type { OppEditor as Editor } from './useOppEditor';
import { VakEditor } from './VakEditor';

type Factoren = OppContent['factoren'];
type Handelingsdeel = OppContent['handelingsdeel'];
const AREAS = ['kind', 'onderwijs', 'thuis'] as const;
const SIDES = ['bevorderend', 'belemmerend'] as const;

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function ReasonAndProfile({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const o = t.opp;
  const content = editor.draft;
  const profielen = Object.entries(o.profielen) as [Uitstroomprofiel, string][];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Section title={o.sections.reden} id="opp-reden">
        <Textarea
          label={o.reden}
          placeholder={o.redenPlaceholder}
          autosize
          minRows={4}
          value={content.reden}
          onChange={(e) => {
            const reden = e.currentTarget.value;
            editor.edit((c) => ({ ...c, reden }));
          }}
        />
      </Section>
      <Section title={o.sections.uitstroom} id="opp-uitstroom">
        <Stack gap="sm">
          <Select
            label={o.uitstroomprofiel}
            placeholder={o.uitstroomPlaceholder}
            data={profielen.map(([value, label]) => ({ value, label }))}
            value={content.uitstroomprofiel}
            clearable
            onChange={(value) =>
              editor.edit((c) => ({ ...c, uitstroomprofiel: value as Uitstroomprofiel | null }))
            }
          />
          <Textarea
            label={o.onderbouwing}
            placeholder={o.onderbouwingPlaceholder}
            autosize
            minRows={3}
            value={content.onderbouwing}
            onChange={(e) => {
              const onderbouwing = e.currentTarget.value;
              editor.edit((c) => ({ ...c, onderbouwing }));
            }}
          />
        </Stack>
      </Section>
    </SimpleGrid>
  );
}

function Factors({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const o = t.opp;
  const set = (area: keyof Factoren, side: (typeof SIDES)[number], value: string) =>
    editor.edit((c) => ({
      ...c,
      factoren: { ...c.factoren, [area]: { ...c.factoren[area], [side]: value } },
    }));
  return (
    <Section title={o.sections.factoren} id="opp-factoren">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {AREAS.map((area) => (
          <Stack gap="xs" key={area}>
            <Title order={3} size="h5">
              {o.factorAreas[area]}
            </Title>
            {SIDES.map((side) => (
              <Textarea
                key={side}
                label={o[side]}
                aria-label={o.factorLabel(o.factorAreas[area], o[side])}
                autosize
                minRows={2}
                value={editor.draft.factoren[area][side]}
                onChange={(e) => set(area, side, e.currentTarget.value)}
              />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Section>
  );
}

function Goals({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const o = t.opp;
  const doelen = editor.draft.handelingsdeel.doelen;
  const setDoelen = (change: (d: Handelingsdeel['doelen']) => Handelingsdeel['doelen']) =>
    editor.edit((c) => ({
      ...c,
      handelingsdeel: { ...c.handelingsdeel, doelen: change(c.handelingsdeel.doelen) },
    }));
  const add = (domein: 'leren' | 'gedrag') =>
    setDoelen((d) => [...d, { id: newGoalId(d.map((x) => x.id)), domein, text: '' }]);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {o.doelen}
      </Title>
      {doelen.length === 0 && (
        <Text size="sm" c="dimmed">
          {o.noDoelen}
        </Text>
      )}
      {doelen.map((doel, i) => (
        <Group key={doel.id} align="flex-start" wrap="nowrap" gap="xs">
          <Textarea
            style={{ flex: 1 }}
            label={o.doelText(i + 1, o.domeinen[doel.domein] ?? doel.domein)}
            autosize
            minRows={1}
            value={doel.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setDoelen((d) => d.map((x) => (x.id === doel.id ? { ...x, text } : x)));
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            aria-label={o.removeDoel(i + 1)}
            title={o.removeDoel(i + 1)}
            onClick={() => setDoelen((d) => d.filter((x) => x.id !== doel.id))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => add('leren')}>
          {`+ ${o.addLeren}`}
        </Button>
        <Button size="xs" variant="default" onClick={() => add('gedrag')}>
          {`+ ${o.addGedrag}`}
        </Button>
      </Group>
    </Stack>
  );
}

function Support({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const o = t.opp;
  const h = editor.draft.handelingsdeel;
  const set = (key: Exclude<keyof Handelingsdeel, 'doelen'>, value: string) =>
    editor.edit((c) => ({ ...c, handelingsdeel: { ...c.handelingsdeel, [key]: value } }));
  return (
    <Section title={o.sections.handelingsdeel} id="opp-handelingsdeel">
      <Stack gap="md">
        <Goals editor={editor} />
        <Textarea
          label={o.aanbod}
          autosize
          minRows={3}
          value={h.aanbod}
          onChange={(e) => set('aanbod', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Textarea
            label={o.wie}
            autosize
            minRows={1}
            value={h.wie}
            onChange={(e) => set('wie', e.currentTarget.value)}
          />
          <TextInput
            label={o.tijdPerWeek}
            placeholder={o.tijdPlaceholder}
            value={h.tijdPerWeek}
            onChange={(e) => set('tijdPerWeek', e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={o.externe}
          autosize
          minRows={2}
          value={h.externeOndersteuning}
          onChange={(e) => set('externeOndersteuning', e.currentTarget.value)}
        />
      </Stack>
    </Section>
  );
}

/** The content of a concept or bijgesteld OPP, as fields that save themselves. */
export function OppEditor({
  opp,
  editor,
  historyOf,
}: {
  opp: OppResponse;
  editor: Editor;
  historyOf: (vak: string) => VakAnalysis['history'] | null;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <ReasonAndProfile editor={editor} />
      <Factors editor={editor} />
      <Section title={t.opp.sections.vakken} id="opp-vakken">
        <Stack gap="md">
          {editor.draft.vakken.map((vak, index) => (
            <VakEditor
              key={vak.vak}
              vak={vak}
              view={opp.perVak.find((v) => v.vak === vak.vak) ?? null}
              history={historyOf(vak.vak)}
              onChange={(change) =>
                editor.edit((c) => ({
                  ...c,
                  vakken: c.vakken.map((v, i) => (i === index ? change(v) : v)),
                }))
              }
            />
          ))}
        </Stack>
      </Section>
      <Support editor={editor} />
    </Stack>
  );
}
