import { describe, expect, it } from 'vitest';
import { OtherDevice } from '../../../src/domain/devices/display';
import { devicesMatching } from '../../../src/domain/devices/find';
import { deviceMatchFromElement } from '../../../src/domain/devices/match-xml';
import { DomainXml } from '../../../src/domain/domain-xml';
import { isAppError } from '../../../src/shared/errors';
import { corpusDocuments } from '../../helpers/xml-corpus';

/** Every device of every domain in virt-manager's corpus, through the views and the matcher. */
const domains = corpusDocuments()
  .filter((d) => /^\s*<domain[\s>]/.test(d.text))
  .map((d) => ({ name: d.name, domain: DomainXml.parse(d.text) }));

describe('the devices of the corpus', () => {
  it('each have a view of their own', () => {
    const generic = domains.flatMap(({ domain }) =>
      domain.devices.filter((d) => d instanceof OtherDevice).map((d) => d.element.name),
    );
    expect(generic).toEqual([]);
  });

  it('each name themselves as a partial device, or are refused with a validation error', () => {
    let named = 0;
    for (const { name, domain } of domains) {
      for (const device of domain.devices) {
        let match;
        try {
          match = deviceMatchFromElement(device.element.clone());
        } catch (error) {
          expect(isAppError(error) && error.code, name).toBe('validation');
          continue;
        }
        // The device itself is among what its own description names (several when shared).
        expect(
          devicesMatching(domain, match).map((d) => d.element),
          name,
        ).toContain(device.element);
        named++;
      }
    }
    expect(named).toBeGreaterThan(2000);
  });
});
