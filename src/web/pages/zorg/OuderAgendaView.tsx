import { List, Stack, Text } from '@mantine/core';
import type { Agenda } from '../../api/zorg';
import { useI18n } from '../../i18n';
import { Section, ZorgniveauLine } from './agenda-parts';
import { OppOnAgendaBlock } from './OppOnAgendaBlock';

type OuderAgenda = Extract<Agenda, { kind: 'ouder' }>;

/** The agenda of an oudergesprek: the verzorgers, their consents, the OPP and the zorgniveau. */
export function OuderAgendaView({ agenda }: { agenda: OuderAgenda }) {
  const { t, formatDate } = useI18n();
  const l = t.bespreking.leerling;
  return (
    <Stack gap="md">
      <Section title={l.verzorgers}>
        {agenda.verzorgers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t.bespreking.noVerzorgers}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {agenda.verzorgers.map((v) => (
              <List.Item key={v.id}>
                {t.bespreking.verzorgerLine(v.name, v.relation)}
                {v.gezag ? ` · ${l.gezag}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={l.toestemmingen}>
        {agenda.toestemmingen.length === 0 ? (
          <Text size="sm" c="dimmed">
            {l.noToestemmingen}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {agenda.toestemmingen.map((c) => (
              <List.Item key={c.id}>
                {l.toestemmingLine(l.scopes[c.scope] ?? c.scope, c.given, formatDate(c.givenOn))}
                {!c.valid ? ` · ${l.toestemmingInvalid}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={l.opp}>
        {agenda.opp ? (
          <OppOnAgendaBlock entry={agenda.opp} />
        ) : (
          <Text size="sm" c="dimmed">
            {l.noOpp}
          </Text>
        )}
      </Section>
      <Section title={l.zorgniveau}>
        <ZorgniveauLine zorgniveau={agenda.zorgniveau} />
      </Section>
    </Stack>
  );
}
