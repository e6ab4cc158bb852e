import { parseDomainCapabilities } from '../../domain/capabilities';
import type { DomainXml } from '../../domain/domain-xml';
import { hostSupportOf } from '../../domain/host-support';
import type { DomainCapabilitiesQuery, Driver } from '../../drivers/driver';
import type { DeviceSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import { FULL_SUPPORT, unsupportedBy } from '../../shared/host-support';
import type { HostSupport } from '../../shared/host-support';

/**
 * What a host can do for one VM, from the domain capabilities of that VM's own hypervisor,
 * emulator, arch and machine type. Answers are kept per query for the life of the host
 * connection (a reconnect makes a new reader, so installing swtpm there is seen then).
 */
export class HostSupportReader {
  readonly #driver: Driver;
  readonly #known = new Map<string, HostSupport>();

  constructor(driver: Driver) {
    this.#driver = driver;
  }

  async forDomain(domain: DomainXml): Promise<HostSupport> {
    const query: DomainCapabilitiesQuery = {
      ...(domain.type === undefined ? {} : { virttype: domain.type }),
      ...(domain.arch === undefined ? {} : { arch: domain.arch }),
      ...(domain.machine === undefined ? {} : { machine: domain.machine }),
      ...(domain.emulator === undefined ? {} : { emulator: domain.emulator }),
    };
    return await this.forQuery(query);
  }

  async forQuery(query: DomainCapabilitiesQuery): Promise<HostSupport> {
    const key = JSON.stringify(query);
    const known = this.#known.get(key);
    if (known) return known;
    let xml: string;
    try {
      xml = await this.#driver.getDomainCapabilities(query);
    } catch {
      // A driver without domain capabilities (the test driver) cannot tell: offer all,
      // and the host decides. Not kept, so a passing failure does not stick.
      return FULL_SUPPORT;
    }
    const support = hostSupportOf(parseDomainCapabilities(xml));
    this.#known.set(key, support);
    return support;
  }

  /** The prep step's refusal of a device the host cannot do, before anything is sent. */
  async check(domain: DomainXml, spec: DeviceSpec): Promise<void> {
    const reason = unsupportedBy(await this.forDomain(domain), spec);
    if (reason !== undefined) throw new AppError({ code: 'unsupported', message: reason });
  }
}
