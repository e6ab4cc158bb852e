import { describe, expect, it } from 'vitest';
import { DomainXml } from '../../../src/domain/domain-xml';
import { enableSharedMemory, hasSharedMemory } from '../../../src/domain/memory-backing';
import { assertValidLibvirtXml, describeWhen, xmlSchemaValidator } from '../../fixtures/requirements';

const domain = (inner: string) =>
  `<domain type='kvm'>
  <name>share</name>
  <memory unit='KiB'>1048576</memory>
${inner}  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
  </os>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
  </devices>
</domain>
`;

const PLAIN = domain('  <vcpu>2</vcpu>\n');
const HUGEPAGES = domain(`  <memoryBacking>
    <hugepages/>
    <locked/>
    <access mode='private'/>
  </memoryBacking>
  <vcpu>2</vcpu>
`);
const NUMA = domain(`  <vcpu>2</vcpu>
  <cpu>
    <numa>
      <cell id='0' cpus='0' memory='524288' unit='KiB'/>
      <cell id='1' cpus='1' memory='524288' unit='KiB' memAccess='private'/>
    </numa>
  </cpu>
`);
const FILE_BACKED = domain(`  <memoryBacking>
    <source type='file'/>
    <access mode='shared'/>
  </memoryBacking>
  <vcpu>2</vcpu>
`);

// Values the model writes come out in double quotes; the rest keeps its source form.
function shared(xml: string): { changed: boolean; xml: string; domain: DomainXml } {
  const parsed = DomainXml.parse(xml);
  const changed = enableSharedMemory(parsed);
  return { changed, xml: parsed.toXml(), domain: parsed };
}

describe('enableSharedMemory', () => {
  it('adds a memfd, shared backing in its place, and touches nothing else', () => {
    const result = shared(PLAIN);
    expect(result.changed).toBe(true);
    expect(result.xml).toBe(
      PLAIN.replace(
        '  <vcpu>2</vcpu>\n',
        `  <memoryBacking>
    <source type="memfd"/>
    <access mode="shared"/>
  </memoryBacking>
  <vcpu>2</vcpu>
`,
      ),
    );
    expect(hasSharedMemory(result.domain)).toBe(true);
  });

  it('keeps the other children of an existing backing, in libvirt order', () => {
    const result = shared(HUGEPAGES);
    expect(result.xml).toContain(`  <memoryBacking>
    <hugepages/>
    <locked/>
    <source type="memfd"/>
    <access mode="shared"/>
  </memoryBacking>`);
  });

  it('makes every NUMA cell shared: cells that inherit, and one that asked for private', () => {
    expect(hasSharedMemory(DomainXml.parse(NUMA))).toBe(false);
    const result = shared(NUMA);
    expect(result.xml).toContain("<cell id='0' cpus='0' memory='524288' unit='KiB'/>");
    expect(result.xml).toContain(
      `<cell id='1' cpus='1' memory='524288' unit='KiB' memAccess="shared"/>`,
    );
    expect(result.xml).toContain('<access mode="shared"/>');
    expect(hasSharedMemory(result.domain)).toBe(true);
  });

  it('judges NUMA cells by their own memAccess first', () => {
    const backedShared = NUMA.replace(
      '  <vcpu>2</vcpu>\n',
      "  <memoryBacking>\n    <access mode='shared'/>\n  </memoryBacking>\n  <vcpu>2</vcpu>\n",
    );
    // Cell 1 still says private, so the guest's memory is not all shared.
    expect(hasSharedMemory(DomainXml.parse(backedShared))).toBe(false);
    expect(hasSharedMemory(DomainXml.parse(backedShared.replace("memAccess='private'", '')))).toBe(
      true,
    );
  });

  it('leaves a definition whose memory is already shared byte for byte alone', () => {
    const result = shared(FILE_BACKED);
    expect(result.changed).toBe(false);
    expect(result.xml).toBe(FILE_BACKED);
  });
});

describeWhen("libvirt's domain schema accepts shared memory backing", xmlSchemaValidator, () => {
  it.each([
    ['plain', PLAIN],
    ['hugepages', HUGEPAGES],
    ['numa', NUMA],
  ])('%s', (_name, xml) => {
    assertValidLibvirtXml(shared(xml).xml, 'domain');
  });
});
