import { useEffect, useState } from 'react';
import {
  Alert,
  Checkbox,
  CodeBlock,
  CodeBlockCode,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Spinner,
  Stack,
} from '@patternfly/react-core';
import { osLabelFromId } from '../../../shared/os-label';
import type { NewVmRequestInput } from '../../../shared/vm-create';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { FIRMWARE_CHOICES } from './ResourcesStep';
import type { StepProps } from './step-props';

/**
 * Step 5: what will be created, with the exact domain XML the host will be given (from
 * vms.previewXml, which runs the host's checks too), and whether to start it.
 */
export function ReviewStep({
  hostId,
  request,
  form,
  change,
  failure,
}: Pick<StepProps, 'form' | 'change'> & {
  hostId: string;
  request: NewVmRequestInput | undefined;
  failure: string | undefined;
}) {
  const client = useClient();
  const [preview, setPreview] = useState<{ key: string; xml?: string; error?: string }>();
  const key = JSON.stringify(request);

  useEffect(() => {
    if (!request) return;
    let current = true;
    client
      .invoke('vms.previewXml', { hostId, spec: request })
      .then((xml) => current && setPreview({ key, xml }))
      .catch((error: unknown) => current && setPreview({ key, error: errorMessage(error) }));
    return () => {
      current = false;
    };
    // key stands for request: a new object each render with the same content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, hostId, key]);

  if (!request) {
    return (
      <Alert
        variant="danger"
        isInline
        title="Some steps need attention: they are marked in the list."
      />
    );
  }
  const shown = preview?.key === key ? preview : undefined;
  return (
    <Stack hasGutter>
      {failure !== undefined && <Alert variant="danger" isInline title={failure} />}
      <DescriptionList isHorizontal isCompact aria-label="New VM summary">
        <Row term="Name" value={request.name} />
        <Row
          term="Operating system"
          value={request.osinfoId === undefined ? 'Not specified' : osLabelFromId(request.osinfoId)}
        />
        <Row term="Memory" value={`${request.memoryMiB} MiB`} />
        <Row term="Processors" value={vcpuText(request.vcpus)} />
        <Row term="Firmware" value={FIRMWARE_NAMES.get(request.firmware ?? 'bios') ?? 'BIOS'} />
        <Row term="Install from" value={describeSource(request)} />
        <Row term="System disk" value={describeDisk(request)} />
        <Row term="Network" value={describeNetwork(request)} />
      </DescriptionList>
      <Checkbox
        id="vd-new-vm-start"
        label="Start the VM after creating it"
        isChecked={form.start}
        onChange={(_event, start) => change({ start })}
      />
      {shown === undefined && <Spinner size="md" aria-label="Building the domain XML" />}
      {shown?.error !== undefined && <Alert variant="danger" isInline title={shown.error} />}
      {shown?.xml !== undefined && (
        <CodeBlock aria-label="Domain XML to define">
          <CodeBlockCode>{shown.xml}</CodeBlockCode>
        </CodeBlock>
      )}
    </Stack>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

/** "1 vCPU", "2 vCPUs". */
export function vcpuText(count: number): string {
  return `${count} ${count === 1 ? 'vCPU' : 'vCPUs'}`;
}

const FIRMWARE_NAMES: ReadonlyMap<string, string> = new Map(FIRMWARE_CHOICES);

function describeNetwork({ network }: NewVmRequestInput): string {
  switch (network.kind) {
    case 'network':
      return `virtual network ${network.network}`;
    case 'bridge':
      return `host bridge ${network.bridge}`;
    case 'none':
      return 'none';
  }
}

function describeSource({ source }: NewVmRequestInput): string {
  switch (source.kind) {
    case 'iso-volume':
      return `${source.pool}/${source.volume} (CD-ROM)`;
    case 'iso-path':
      return `${source.path} (CD-ROM)`;
    case 'import':
      return 'the system disk (import)';
    case 'network':
      return 'the network (PXE)';
    case 'kernel':
      return source.kernel;
  }
}

function describeDisk({ disk }: NewVmRequestInput): string {
  switch (disk.kind) {
    case 'new':
      return `new ${disk.format ?? 'qcow2'} volume ${disk.pool}/${disk.name}, ${disk.sizeGiB} GiB`;
    case 'volume':
      return `${disk.pool}/${disk.volume}`;
    case 'path':
      return disk.path;
    case 'none':
      return 'none';
  }
}
