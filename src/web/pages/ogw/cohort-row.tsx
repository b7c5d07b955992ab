/**
 * One row of outflow figures (a cohort of a school, or a school or all schools in one cohort): advice
 * against the doorstroomtoets, the heroverwegingen, and the share at or above the advice at outflow and
 * in VO years 1–3, each with its n. Counts the server withheld show why: a small cell, or a total that
 * would give a small school away.
 */
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CohortFigures } from '../../api/schooladvies';
import { useI18n } from '../../i18n';

type Position = CohortFigures['uitstroom'];
const MIN_CELL = 10;

function Withheld({ n }: { n: number }) {
  const { t } = useI18n();
  return <>{n >= MIN_CELL ? t.overzicht.suppressedTotal : t.schooladvies.cohorts.suppressed}</>;
}

function OfN({ n }: { n: number }) {
  const { t } = useI18n();
  return (
    <Text span size="xs" c="dimmed" ml={6}>
      {t.schooladvies.cohorts.ofN(n)}
    </Text>
  );
}

function PositionCell({ figures }: { figures: Position | undefined }) {
  const { t, formatNumber } = useI18n();
  const c = t.schooladvies.cohorts;
  if (!figures || figures.n === 0) return <Table.Td>{c.none}</Table.Td>;
  const pct = (v: number) => formatNumber(Math.round(v * 100));
  const share = figures.opOfBoven;
  return (
    <Table.Td style={{ whiteSpace: figures.suppressed ? undefined : 'nowrap' }}>
      {figures.suppressed || !share ? (
        <Withheld n={figures.n} />
      ) : (
        c.share(pct(share.share), pct(share.low), pct(share.high))
      )}
      <OfN n={figures.n} />
    </Table.Td>
  );
}

function TripleCell(props: { n: number; values: (number | null)[]; suppressed: boolean }) {
  const { t } = useI18n();
  const c = t.schooladvies.cohorts;
  const [a, b, d] = props.values;
  if (props.n === 0) return <Table.Td>{c.none}</Table.Td>;
  const hidden = props.suppressed || a == null || b == null || d == null;
  return (
    <Table.Td>
      {hidden ? <Withheld n={props.n} /> : c.triple(a, b, d)}
      <OfN n={props.n} />
    </Table.Td>
  );
}

/** The header cells after the row's own first column. */
export function CohortColumns() {
  const { t } = useI18n();
  const c = t.schooladvies.cohorts;
  return (
    <>
      <Table.Th scope="col">{c.pupils}</Table.Th>
      <Table.Th scope="col">{c.toets}</Table.Th>
      <Table.Th scope="col">{c.heroverweging}</Table.Th>
      <Table.Th scope="col">{c.uitstroom}</Table.Th>
      {[1, 2, 3].map((leerjaar) => (
        <Table.Th scope="col" key={leerjaar}>
          {c.vo(leerjaar)}
        </Table.Th>
      ))}
    </>
  );
}

export function CohortRow({ label, figures }: { label: ReactNode; figures: CohortFigures }) {
  const { toets, heroverweging } = figures;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Table.Th>
      <Table.Td>{figures.pupils}</Table.Td>
      <TripleCell
        n={toets.n}
        values={[toets.hoger, toets.gelijk, toets.lager]}
        suppressed={toets.suppressed}
      />
      <TripleCell
        n={heroverweging.n}
        values={[heroverweging.bijgesteld, heroverweging.gehandhaafd, heroverweging.open]}
        suppressed={heroverweging.suppressed}
      />
      <PositionCell figures={figures.uitstroom} />
      {[1, 2, 3].map((leerjaar) => (
        <PositionCell key={leerjaar} figures={figures.vo.find((v) => v.leerjaar === leerjaar)} />
      ))}
    </Table.Tr>
  );
}
