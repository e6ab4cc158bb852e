import { Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { DiskSummary } from '../../../shared/dto';

export function DisksTable({ disks }: { disks: readonly DiskSummary[] }) {
  return (
    <section aria-labelledby="vd-disks-title" className="vd-details-block">
      <Title headingLevel="h3" size="md" id="vd-disks-title">
        Disks
      </Title>
      {disks.length === 0 ? (
        <p className="vd-muted">No disks.</p>
      ) : (
        <Table aria-label="Disks" variant="compact" gridBreakPoint="">
          <Thead>
            <Tr>
              {/* Wrapped, not truncated: in a narrow pane "Target" became "Tar…". */}
              <Th modifier="wrap">Target</Th>
              <Th modifier="wrap">Bus</Th>
              <Th modifier="wrap">Source</Th>
              <Th modifier="wrap">Read-only</Th>
            </Tr>
          </Thead>
          <Tbody>
            {disks.map((disk) => (
              <Tr key={disk.target}>
                <Td dataLabel="Target">
                  {disk.target}
                  {disk.device !== 'disk' && <span className="vd-muted"> ({disk.device})</span>}
                </Td>
                <Td dataLabel="Bus">{disk.bus ?? '—'}</Td>
                <Td dataLabel="Source" className="vd-break">
                  {disk.source ?? 'None'}
                </Td>
                <Td dataLabel="Read-only">{disk.readonly ? 'Yes' : 'No'}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </section>
  );
}
