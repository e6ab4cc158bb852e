import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Title,
} from '@patternfly/react-core';
import type { VmDetails, VmSummary } from '../../../shared/dto';
import { vmStateText } from '../../components/VmStateIndicator';
import { formatKiB } from '../../format/units';

/** Fields only the full details carry read "…" until they arrive. */
const PENDING = '…';

export function OverviewList({ vm, details }: { vm: VmSummary; details: VmDetails | undefined }) {
  const terms: [string, string][] = [
    ['State', vmStateText(vm.state)],
    ['UUID', vm.uuid],
    ['Memory', formatKiB(vm.memoryKiB)],
    ['vCPUs', String(vm.vcpus)],
    ['Operating system', vm.osLabel],
    ['Architecture', details ? (details.arch ?? 'Unknown') : PENDING],
    ['Machine', details ? (details.machine ?? 'Unknown') : PENDING],
    ['Persistent', vm.persistent ? 'Yes' : 'No (transient)'],
  ];
  if (vm.title) terms.splice(1, 0, ['Title', vm.title]);
  if (details?.description) terms.push(['Description', details.description]);
  return (
    <section aria-labelledby="vd-overview-title" className="vd-details-block">
      <Title headingLevel="h3" size="md" id="vd-overview-title">
        Overview
      </Title>
      <DescriptionList
        isHorizontal
        isCompact
        columnModifier={{ default: '1Col', xl: '2Col' }}
        horizontalTermWidthModifier={{ default: '7.5rem' }}
      >
        {terms.map(([term, value]) => (
          <DescriptionListGroup key={term}>
            <DescriptionListTerm>{term}</DescriptionListTerm>
            <DescriptionListDescription>
              {term === 'UUID' ? <span className="vd-mono">{value}</span> : value}
            </DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
    </section>
  );
}
