import { Accordion, Table } from '@mantine/core';
import type { OppResponse } from '../../api/opp';
import { useI18n } from '../../i18n';
import { Uitleg } from './OppDocument';
import { collapseVersions } from './opp-versions';

/** The kept versions (a run of autosaves folded into one row) and, folded away, the explanations. */
export function OppVersions({ opp }: { opp: OppResponse }) {
  const { t, formatDate, formatTime } = useI18n();
  const v = t.opp.versions;
  const rows = collapseVersions(opp.versions);
  return (
    <Accordion variant="contained" className="no-print" multiple>
      <Accordion.Item value="uitleg">
        <Accordion.Control>{t.opp.sections.uitleg}</Accordion.Control>
        <Accordion.Panel>
          <Uitleg />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="versions">
        <Accordion.Control>{`${t.opp.sections.versions} (${opp.versions.length})`}</Accordion.Control>
        <Accordion.Panel>
          <Table fz="sm" verticalSpacing={4}>
            <Table.Caption>{v.caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{v.version}</Table.Th>
                <Table.Th scope="col">{v.event}</Table.Th>
                <Table.Th scope="col">{v.status}</Table.Th>
                <Table.Th scope="col">{v.reason}</Table.Th>
                <Table.Th scope="col">{v.by}</Table.Th>
                <Table.Th scope="col">{v.at}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.version}>
                  <Table.Td>{r.count > 1 ? v.range(r.fromVersion, r.version) : r.version}</Table.Td>
                  <Table.Td>
                    {r.count > 1 ? `${v.events[r.event]} (${v.times(r.count)})` : v.events[r.event]}
                  </Table.Td>
                  <Table.Td>{t.opp.statuses[r.status]}</Table.Td>
                  <Table.Td>{r.reason ?? t.opp.empty}</Table.Td>
                  <Table.Td>{r.changedBy}</Table.Td>
                  <Table.Td>{`${formatDate(r.changedAt)} ${formatTime(r.changedAt)}`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
