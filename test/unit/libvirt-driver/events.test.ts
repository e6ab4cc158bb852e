import { describe, expect, it } from 'vitest';
import { driverEventFromDomainEvent } from '../../../src/drivers/libvirt/libvirt-driver-events';
import { uuidFromString } from '../../../src/drivers/libvirt/protocol/types';

const UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';
const dom = { name: 'test', uuid: uuidFromString(UUID), id: 1 };

describe('driverEventFromDomainEvent', () => {
  it('names lifecycle events and keeps the detail number', () => {
    expect(
      driverEventFromDomainEvent({ kind: 'lifecycle', callbackID: 7, dom, event: 3, detail: 0 }),
    ).toEqual({
      kind: 'lifecycle',
      uuid: UUID,
      name: 'test',
      event: 'suspended',
      detail: 0,
    });
    expect(
      driverEventFromDomainEvent({ kind: 'lifecycle', callbackID: 7, dom, event: 5, detail: 1 }),
    ).toMatchObject({
      event: 'stopped',
      detail: 1,
    });
  });

  it('drops lifecycle event types newer than the Driver knows', () => {
    expect(
      driverEventFromDomainEvent({ kind: 'lifecycle', callbackID: 7, dom, event: 99, detail: 0 }),
    ).toBeUndefined();
  });

  it('maps the three device events by alias', () => {
    for (const kind of ['device-added', 'device-removed', 'device-removal-failed'] as const) {
      expect(
        driverEventFromDomainEvent({ kind, callbackID: 1, dom, devAlias: 'virtio-disk1' }),
      ).toEqual({
        kind,
        uuid: UUID,
        name: 'test',
        alias: 'virtio-disk1',
      });
    }
  });

  it('maps reboot and metadata changes', () => {
    expect(driverEventFromDomainEvent({ kind: 'reboot', callbackID: 1, dom })).toEqual({
      kind: 'reboot',
      uuid: UUID,
      name: 'test',
    });
    expect(
      driverEventFromDomainEvent({
        kind: 'metadata-change',
        callbackID: 1,
        dom,
        type: 2,
        nsuri: 'https://virtdeck.org/xmlns/1',
      }),
    ).toEqual({
      kind: 'metadata-change',
      uuid: UUID,
      name: 'test',
      type: 2,
      nsuri: 'https://virtdeck.org/xmlns/1',
    });
  });

  it('ignores events the Driver does not model', () => {
    expect(
      driverEventFromDomainEvent({ kind: 'balloon-change', callbackID: 1, dom, actual: 1024n }),
    ).toBeUndefined();
  });
});
