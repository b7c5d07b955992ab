/** The parts of the schooladvies dialog, in the order of the school year. */
import { Autocomplete, Fieldset, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AdviceCode } from '../../api/schooladvies';
import { ADVICE_CODES } from '../../../domain/vo-advies';
import { useI18n } from '../../i18n';
import { fieldError } from '../form-errors';
import type { AdviesForm } from './advies-form';

/** The form's state and how a field reads and writes it, shared by the dialog's sections. */
export interface FieldKit {
  form: AdviesForm;
  set: <K extends keyof AdviesForm>(key: K) => (value: AdviesForm[K]) => void;
  text: (key: keyof AdviesForm) => {
    value: string;
    onChange: (e: { currentTarget: { value: string } }) => void;
    error?: string;
  };
  error: unknown;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Fieldset legend={title} radius="md" p="sm">
      <Stack gap={6}>{children}</Stack>
    </Fieldset>
  );
}

/** A select of the VO advices, lowest first, that can be emptied. */
function AdviceSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: AdviceCode | null;
  onChange: (value: AdviceCode | null) => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <Select
      label={label}
      value={value}
      clearable
      clearButtonProps={{ 'aria-label': t.schooladvies.clear(label) }}
      comboboxProps={{ withinPortal: true }}
      data={ADVICE_CODES.map((code) => ({ value: code, label: t.schooladvies.adviceLabels[code] ?? code }))}
      onChange={(v) => onChange((v as AdviceCode | null) ?? null)}
      error={error}
    />
  );
}

/** What the school and the toets said: the voorlopig advies, the doorstroomtoets, the definitive advice. */
export function AdviceSections({ kit, scoreInvalid }: { kit: FieldKit; scoreInvalid: boolean }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const { form, set, text, error } = kit;
  return (
    <>
      <Section title={s.sections.voorlopig}>
        <Group grow align="flex-start">
          <AdviceSelect
            label={s.advice}
            value={form.voorlopigAdvies}
            onChange={set('voorlopigAdvies')}
            error={fieldError(error, 'voorlopigAdvies')}
          />
          <TextInput type="date" label={s.date} {...text('voorlopigOp')} />
        </Group>
      </Section>
      <Section title={s.sections.toets}>
        <Group grow align="flex-start">
          <Autocomplete
            label={s.toetsNaam}
            data={s.toetsen}
            value={form.toetsNaam}
            onChange={set('toetsNaam')}
            error={fieldError(error, 'toetsNaam')}
          />
          <TextInput
            label={s.toetsScore}
            inputMode="decimal"
            {...text('toetsScore')}
            error={scoreInvalid ? s.scoreInvalid : fieldError(error, 'toetsScore')}
          />
          <AdviceSelect
            label={s.toetsAdvies}
            value={form.toetsAdvies}
            onChange={set('toetsAdvies')}
            error={fieldError(error, 'toetsAdvies')}
          />
        </Group>
      </Section>
      <Section title={s.sections.definitief}>
        <Group grow align="flex-start">
          <AdviceSelect
            label={s.advice}
            value={form.definitiefAdvies}
            onChange={set('definitiefAdvies')}
            error={fieldError(error, 'definitiefAdvies')}
          />
          <TextInput type="date" label={s.date} {...text('definitiefOp')} />
        </Group>
        <Textarea label={s.toelichting} autosize minRows={2} {...text('toelichting')} />
      </Section>
    </>
  );
}

export function HeroverwegingSection({ kit }: { kit: FieldKit }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const { form, set, text, error } = kit;
  return (
    <Section title={s.sections.heroverweging}>
      <Text size="xs" c="dimmed">
        {s.heroverwegingHint}
      </Text>
      <Group grow align="flex-start">
        <Select
          label={s.heroverweging}
          clearable
          clearButtonProps={{ 'aria-label': s.clear(s.heroverweging) }}
          value={form.heroverweging}
          data={(['gehandhaafd', 'bijgesteld'] as const).map((v) => ({
            value: v,
            label: s.heroverwegingValues[v] ?? v,
          }))}
          onChange={(v) => set('heroverweging')((v as AdviesForm['heroverweging']) ?? null)}
          error={fieldError(error, 'heroverweging')}
        />
        {form.heroverweging === 'bijgesteld' && (
          <AdviceSelect
            label={s.heroverwogenAdvies}
            value={form.heroverwogenAdvies}
            onChange={set('heroverwogenAdvies')}
            error={fieldError(error, 'heroverwogenAdvies')}
          />
        )}
        {form.heroverweging !== null && <TextInput type="date" label={s.date} {...text('heroverwegingOp')} />}
      </Group>
      {form.heroverweging !== null && (
        <Textarea
          label={s.heroverwegingToelichting}
          autosize
          minRows={2}
          {...text('heroverwegingToelichting')}
        />
      )}
    </Section>
  );
}

export function UitstroomSection({ kit }: { kit: FieldKit }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const { form, set, text, error } = kit;
  return (
    <Section title={s.sections.uitstroom}>
      <Group grow align="flex-start">
        <AdviceSelect
          label={s.uitstroomNiveau}
          value={form.uitstroomNiveau}
          onChange={set('uitstroomNiveau')}
          error={fieldError(error, 'uitstroomNiveau')}
        />
        <TextInput label={s.uitstroomSchool} {...text('uitstroomSchool')} />
      </Group>
    </Section>
  );
}
