import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { InterfaceDevice } from '../../../src/domain/devices/interface';
import { DomainXml } from '../../../src/domain/domain-xml';
import type { Prop } from '../../../src/domain/model/props';
import type { XmlElement } from '../../../src/domain/xml/nodes';
import { parseXml } from '../../../src/domain/xml/parse';
import { corpusDocuments, goldenInputs } from '../../helpers/xml-corpus';

/**
 * Property-based: any sequence of writes through a view's declared properties, with
 * values real documents hold, reads back after serialize and parse, and leaves what the
 * model does not know (other apps' metadata, qemu:commandline, the device list) alone.
 */
const EVERY_DEVICE = goldenInputs().find((g) => g.name === 'every-device')?.text ?? '';
const corpusRoots = corpusDocuments().map(({ text }) => parseXml(text).root);

/** Up to five distinct values each property reads somewhere in the corpus. */
function samples(props: Record<string, Prop<unknown>>, elements: XmlElement[]) {
  return Object.entries(props).flatMap(([key, prop]) => {
    const seen = new Map<string, unknown>();
    for (const element of elements) {
      const value = prop.get(element);
      if (value !== undefined && seen.size < 5) seen.set(JSON.stringify(value), value);
    }
    return seen.size === 0 ? [] : [{ key, prop, values: [...seen.values()] }];
  });
}

const descendants = (name: string) =>
  corpusRoots.flatMap(function collect(e: XmlElement): XmlElement[] {
    return [...(e.name === name ? [e] : []), ...e.elements.flatMap(collect)];
  });

/** Writes drawn from the samples: which property, and which of its values. */
function writes(table: ReturnType<typeof samples>) {
  return fc.array(
    fc.tuple(fc.integer({ min: 0, max: table.length - 1 }), fc.nat()).map(([p, v]) => {
      const entry = table[p]!;
      return { ...entry, value: entry.values[v % entry.values.length] };
    }),
    { minLength: 1, maxLength: 12 },
  );
}

describe('writes through the views', () => {
  it('domain settings read back and leave the unknown alone', () => {
    const table = samples(DomainXml.props, descendants('domain'));
    fc.assert(
      fc.property(writes(table), (list) => {
        const domain = DomainXml.parse(EVERY_DEVICE);
        const last = new Map<string, { prop: Prop<unknown>; value: unknown }>();
        for (const { key, prop, value } of list) {
          prop.set(domain.element, value);
          last.set(key, { prop, value });
        }
        const reread = DomainXml.parse(domain.toXml());
        for (const { prop, value } of last.values())
          expect(prop.get(reread.element)).toEqual(value);
        const xml = reread.toXml();
        expect(xml).toContain("<app1:foo xmlns:app1='http://app1.org/app1/'>..</app1:foo>");
        expect(xml).toContain("<qemu:commandline>\n    <qemu:arg value='-newarg'/>");
        expect(reread.devices.length).toBe(DomainXml.parse(EVERY_DEVICE).devices.length);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['disk', DiskDevice],
    ['interface', InterfaceDevice],
  ] as const)('%s properties read back on the device they were written to', (name, View) => {
    const table = samples(View.props, descendants(name));
    fc.assert(
      fc.property(writes(table), (list) => {
        const domain = DomainXml.parse(EVERY_DEVICE);
        const index = domain.devices.findIndex((d) => d instanceof View);
        const device = domain.devices[index]!;
        for (const { prop, value } of list) prop.set(device.element, value);
        const reread = DomainXml.parse(domain.toXml()).devices[index]!;
        const last = new Map(list.map(({ key, prop, value }) => [key, { prop, value }]));
        for (const { prop, value } of last.values())
          expect(prop.get(reread.element)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
