import { Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OppContent, OppResponse, OppVakView } from '../../api/opp';
import type { VakAnalysis } from '../../api/types';
import { useI18n } from '../../i18n';
import { momentOfDle } from './opp-chart';
import { VakFigures } from './VakFigures';

/** About the width of an A4 page between its margins, so the chart renders before it is printed. */
const PRINT_CHART_WIDTH = 620;

const AREAS = ['kind', 'onderwijs', 'thuis'] as const;

function Block({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`opp-doc-block ${className ?? ''}`}>
      <Title order={2} size="h3" mb={6}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/** Text as the IB typed it, line breaks kept; a dash when empty. */
function Prose({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
  return (
    <Text size="sm" className="opp-prose" mb={4}>
      {label && (
        <Text span fw={600}>
          {/* A question ("Wie geeft het?") needs no colon after it. */}
          {label.endsWith('?') ? `${label} ` : `${label}: `}
        </Text>
      )}
      {text.trim() || t.opp.empty}
    </Text>
  );
}

function Factors({ content }: { content: OppContent }) {
  const { t } = useI18n();
  const o = t.opp;
  return (
    <Table withTableBorder withColumnBorders fz="sm" className="opp-table">
      <Table.Caption className="sr-caption">{o.factorsCaption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Td />
          <Table.Th scope="col">{o.bevorderend}</Table.Th>
          <Table.Th scope="col">{o.belemmerend}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {AREAS.map((area) => (
          <Table.Tr key={area}>
            <Table.Th scope="row">{o.factorAreas[area]}</Table.Th>
            <Table.Td className="opp-prose">{content.factoren[area].bevorderend || o.empty}</Table.Td>
            <Table.Td className="opp-prose">{content.factoren[area].belemmerend || o.empty}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One vak in plain words (where the pupil started, what the school expects), then the figures. */
function VakPart({
  vak,
  view,
  history,
}: {
  vak: OppContent['vakken'][number];
  view: OppVakView | null;
  history: VakAnalysis['history'] | null;
}) {
  const { t, formatNumber } = useI18n();
  const d = t.opp.doc;
  const vakLabel = t.vakken[vak.vak] ?? vak.vak;
  const b = vak.baseline;
  const end = view?.expectedLine.at(-1);
  const pct = (n: number) => t.opp.pct(formatNumber(n));
  return (
    <div className="opp-doc-vak">
      <Title order={3} size="h4" mb={4}>
        {vakLabel}
      </Title>
      {b ? (
        <Text size="sm">
          {d.baselinePlain(
            vakLabel,
            `${b.moment} ${b.schooljaar}`,
            formatNumber(b.dle),
            d.levelOf(momentOfDle(b.dle)),
          )}
        </Text>
      ) : (
        <Text size="sm">{t.opp.vak.noBaseline}</Text>
      )}
      {vak.lrv !== null && end ? (
        <Text size="sm">
          {d.lrvPlain(pct(vak.lrv), formatNumber(end.dle), d.levelOf(momentOfDle(end.dle)))}
        </Text>
      ) : (
        vak.avi.length === 0 && <Text size="sm">{d.noExpectation}</Text>
      )}
      {vak.avi.length > 0 && (
        <Text size="sm">{d.avi(vak.avi.map((a) => d.aviItem(a.moment, a.level)).join(', '))}</Text>
      )}
      {vak.toelichting.trim() && <Prose text={vak.toelichting} />}
      {view && (
        <div className="opp-doc-figures">
          <VakFigures view={view} history={history} vakLabel={vakLabel} chartWidth={PRINT_CHART_WIDTH} />
        </div>
      )}
    </div>
  );
}

function Handelingsdeel({ content }: { content: OppContent }) {
  const { t } = useI18n();
  const o = t.opp;
  const h = content.handelingsdeel;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {o.doelen}
      </Title>
      {h.doelen.length === 0 ? (
        <Text size="sm">{o.noDoelen}</Text>
      ) : (
        <ol className="opp-goals">
          {h.doelen.map((doel) => (
            <li key={doel.id}>
              <Text size="sm" className="opp-prose">
                <Text span fw={600}>{`${o.domeinen[doel.domein] ?? doel.domein}: `}</Text>
                {doel.text || o.empty}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <Prose label={o.aanbod} text={h.aanbod} />
      <Prose label={o.wie} text={h.wie} />
      <Prose label={o.tijdPerWeek} text={h.tijdPerWeek} />
      <Prose label={o.externe} text={h.externeOndersteuning} />
    </Stack>
  );
}

/** The overleg as the parents read it back on paper: date, who, their words and the outcome. */
function OverlegSummary({ opp }: { opp: OppResponse }) {
  const { t, formatDate } = useI18n();
  const ov = t.opp.overleg;
  if (opp.overleggen.length === 0) return <Text size="sm">{t.opp.doc.overlegNone}</Text>;
  return (
    <Stack gap="xs">
      {opp.overleggen.map((o) => (
        <div key={o.id}>
          <Text size="sm" fw={600}>
            {`${ov.line(formatDate(o.heldOn), o.participants)} · ${ov.outcomeShort[o.outcome] ?? o.outcome}`}
          </Text>
          {o.parentsView.trim() && <Prose label={ov.parentsSaid} text={o.parentsView} />}
          {o.note.trim() && <Prose label={ov.note} text={o.note} />}
          {o.whereToTurn.length > 0 && (
            <Text size="sm">{`${ov.whereTitle} ${o.whereToTurn.map((w) => ov.where[w] ?? w).join(' ')}`}</Text>
          )}
        </div>
      ))}
    </Stack>
  );
}

/** What the words and figures mean, for parents; on the screen it sits folded away. */
export function Uitleg() {
  const { t } = useI18n();
  return (
    <Stack gap={6}>
      <Text size="sm">{t.opp.uitleg.intro}</Text>
      <dl className="opp-uitleg">
        {t.opp.uitleg.items.map((item) => (
          <div key={item.term}>
            <dt>{item.term}</dt>
            <dd>{item.text}</dd>
          </div>
        ))}
      </dl>
    </Stack>
  );
}

function Signatures() {
  const { t } = useI18n();
  const d = t.opp.doc;
  return (
    <Block title={d.signatures} className="opp-print-only opp-signatures">
      <Group grow align="flex-start">
        {[d.signatureParents, d.signatureSchool].map((who) => (
          <div key={who} className="opp-signature">
            <Text size="sm" fw={600}>
              {who}
            </Text>
            {[d.signatureName, d.signatureDate, d.signatureSign].map((line) => (
              <Text size="sm" key={line} className="opp-signature-line">
                {line}
              </Text>
            ))}
          </div>
        ))}
      </Group>
    </Block>
  );
}

/**
 * The OPP as a document: the read-only view on the screen and the A4 that parents get, with plain
 * explanations and no form controls. The parts only paper needs (title, overleg, explanations,
 * signatures) print only; the screen shows those in its own sections.
 */
export function OppDocument({
  opp,
  historyOf,
  printOnly,
}: {
  opp: OppResponse;
  historyOf: (vak: string) => VakAnalysis['history'] | null;
  printOnly: boolean;
}) {
  const { t, formatDate } = useI18n();
  const o = t.opp;
  const c = opp.content;
  const profiel = c.uitstroomprofiel ? o.profielen[c.uitstroomprofiel] : o.noProfiel;
  return (
    <article className={`opp-doc ${printOnly ? 'opp-print-only' : ''}`}>
      <header className="opp-print-only opp-doc-header">
        <Title order={1} size="h2">
          {o.doc.title(opp.pupil.name)}
        </Title>
        <Group gap="lg" mt={4}>
          {opp.pupil.group && <Text size="sm">{`${o.doc.group}: ${opp.pupil.group.name}`}</Text>}
          <Text size="sm">{`${o.doc.status}: ${o.statuses[opp.status]}`}</Text>
          <Text size="sm">{`${o.terms.decidedOn}: ${formatDate(opp.decidedOn)}`}</Text>
          {opp.vastgesteldOn && (
            <Text size="sm">{`${o.terms.vastgesteldOn}: ${formatDate(opp.vastgesteldOn)}`}</Text>
          )}
          <Text size="sm">{`${o.doc.version}: ${opp.version}`}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {o.doc.printedOn(formatDate(new Date().toISOString()))}
        </Text>
      </header>
      <Stack gap="lg">
        <Block title={o.sections.reden}>
          <Prose text={c.reden} />
        </Block>
        <Block title={o.sections.uitstroom}>
          <Text size="md" fw={700} mb={4}>
            {profiel}
          </Text>
          <Prose label={o.onderbouwing} text={c.onderbouwing} />
        </Block>
        <Block title={o.sections.factoren}>
          <Factors content={c} />
        </Block>
        <Block title={o.sections.vakken}>
          <Stack gap="md">
            {c.vakken.map((vak) => (
              <VakPart
                key={vak.vak}
                vak={vak}
                view={opp.perVak.find((v) => v.vak === vak.vak) ?? null}
                history={historyOf(vak.vak)}
              />
            ))}
          </Stack>
        </Block>
        <Block title={o.sections.handelingsdeel}>
          <Handelingsdeel content={c} />
        </Block>
        <Block title={o.sections.overleg} className="opp-print-only">
          <OverlegSummary opp={opp} />
        </Block>
        <Signatures />
        <Block title={o.sections.uitleg} className="opp-print-only opp-doc-uitleg">
          <Uitleg />
        </Block>
      </Stack>
    </article>
  );
}
