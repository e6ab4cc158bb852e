import { Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { NicSummary } from '../../../shared/dto';

export function NicsTable({ nics }: { nics: readonly NicSummary[] }) {
  return (
    <section aria-labelledby="vd-nics-title" className="vd-details-block">
      <Title headingLevel="h3" size="md" id="vd-nics-title">
        Network interfaces
      </Title>
      {nics.length === 0 ? (
        <p className="vd-muted">No network interfaces.</p>
      ) : (
        <Table aria-label="Network interfaces" variant="compact" gridBreakPoint="">
          <Thead>
            <Tr>
              <Th>MAC</Th>
              <Th>Type</Th>
              <Th>Source</Th>
              <Th>Model</Th>
            </Tr>
          </Thead>
          <Tbody>
            {nics.map((nic, index) => (
              <Tr key={nic.mac ?? index}>
                <Td dataLabel="MAC" className="vd-mono">
                  {nic.mac ?? '—'}
                </Td>
                <Td dataLabel="Type">{nic.type}</Td>
                <Td dataLabel="Source">{nic.source ?? '—'}</Td>
                <Td dataLabel="Model">{nic.model ?? '—'}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </section>
  );
}
