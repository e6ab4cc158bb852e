import { DriverError } from '../driver';
import type { DomainRecord, DomainStatsRecord } from '../driver';
import { VirErr } from '../../shared/libvirt-errors';
import type { LibvirtClient } from './client';
import { DomainStatsTypes, ListAllDomainsFlags } from './enums';
import type { Domain, TypedParam } from './protocol/types';
import { uuidToString } from './protocol/types';
import {
  DRIVER_STATS_GROUPS,
  statsRecordFromParams,
  vmStateFromNumber,
} from './libvirt-driver-stats';

/** A record together with the wire handle it came with, so the driver can cache it. */
export interface Listed<R> {
  dom: Domain;
  record: R;
}

/**
 * Listing and sampling every domain. The bulk call (CONNECT_GET_ALL_DOMAIN_STATS) costs
 * one round trip whatever the number of domains, but only libvirt's QEMU and test
 * drivers have it; on the others (LXC, Xen, bhyve, ...) this falls back to one call per
 * domain, once it has seen NO_SUPPORT, for the rest of the connection.
 */
export class DomainLister {
  private bulk = true;

  constructor(private readonly client: LibvirtClient) {}

  /** Every domain with its state; whether it is persistent comes from a second listing. */
  async list(): Promise<Listed<DomainRecord>[]> {
    const [states, transient] = await Promise.all([
      this.states(),
      this.client.connectListAllDomains(ListAllDomainsFlags.Transient),
    ]);
    const transientUuids = new Set(transient.domains.map((dom) => uuidToString(dom.uuid)));
    return states.map(({ dom, record: { state, reason } }) => {
      const uuid = uuidToString(dom.uuid);
      const record = { uuid, name: dom.name, id: dom.id, state: vmStateFromNumber(state), reason };
      return { dom, record: { ...record, persistent: !transientUuids.has(uuid) } };
    });
  }

  /** Every domain's counters (see DomainStatsRecord). */
  sample(): Promise<Listed<DomainStatsRecord>[]> {
    return this.bulkOr(
      DRIVER_STATS_GROUPS,
      (dom, params) => statsRecordFromParams(uuidToString(dom.uuid), params),
      async (dom) => {
        // What virDomainGetInfo knows; per-device counters need the bulk call.
        const info = await this.client.domainGetInfo(dom);
        return {
          uuid: uuidToString(dom.uuid),
          state: vmStateFromNumber(info.state),
          cpuTimeNs: Number(info.cpuTime),
          vcpus: info.nrVirtCpu,
          balloonCurrentKiB: Number(info.memory),
          blockReadBytes: 0,
          blockWriteBytes: 0,
          netRxBytes: 0,
          netTxBytes: 0,
        };
      },
    );
  }

  private states(): Promise<Listed<{ state: number; reason: number }>[]> {
    return this.bulkOr(
      DomainStatsTypes.State,
      (_dom, params) => {
        const value = (field: string): number => {
          const found = params.find((p) => p.field === field)?.value.value;
          return typeof found === 'number' ? found : 0;
        };
        return { state: value('state.state'), reason: value('state.reason') };
      },
      (dom) => this.client.domainGetState(dom, 0),
    );
  }

  /**
   * One record per domain: from the bulk call's typed parameters, or, where the driver
   * has no bulk call, from `perDomain` for each listed domain (skipping any that vanish
   * meanwhile).
   */
  private async bulkOr<T>(
    groups: number,
    fromParams: (dom: Domain, params: TypedParam[]) => T,
    perDomain: (dom: Domain) => Promise<T>,
  ): Promise<Listed<T>[]> {
    if (this.bulk) {
      try {
        const records = await this.client.connectGetAllDomainStats([], groups, 0);
        return records.map(({ dom, params }) => ({ dom, record: fromParams(dom, params) }));
      } catch (error) {
        if (!(error instanceof DriverError && error.code === VirErr.NO_SUPPORT)) throw error;
        this.bulk = false;
      }
    }
    const { domains } = await this.client.connectListAllDomains(0);
    const listed = await Promise.all(
      domains.map((dom) =>
        perDomain(dom).then(
          (record) => ({ dom, record }),
          (error: unknown) => {
            if (error instanceof DriverError && error.code === VirErr.NO_DOMAIN) return undefined;
            throw error;
          },
        ),
      ),
    );
    return listed.filter((entry) => entry !== undefined);
  }
}
