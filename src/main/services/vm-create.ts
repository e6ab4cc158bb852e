import { buildNewDomain } from '../../domain/new-domain';
import type { NewVmOptions, NewVmOutcome, NewVmRequest } from '../../shared/vm-create';
import { toErrorShape } from '../ipc/error-mapping';
import type { HostRegistry } from './host-registry';
import { attachOrDelete, createVolume } from './new-volume';
import { checkNewVm } from './vm-create-checks';
import { newVmOptions, readHostFacts } from './vm-create-host';
import { checkSpecSupported, newVmSpec } from './vm-create-spec';
import { deleteVm } from './vm-delete';

/**
 * The New VM wizard's service, on the prep / act shape of the device service: prep reads
 * the host and checks every choice against it (nothing is sent before that passes); act
 * creates the new volume, defines the domain (deleting the volume again if the define
 * fails) and starts it when asked. A start failure leaves the VM defined, and says so.
 */
export class VmCreateService {
  constructor(private readonly hosts: HostRegistry) {}

  async options(hostId: string): Promise<NewVmOptions> {
    return newVmOptions(await readHostFacts(this.hosts.session(hostId).driver));
  }

  async previewXml(hostId: string, request: NewVmRequest): Promise<string> {
    return (await this.prepare(hostId, request)).xml;
  }

  async create(hostId: string, request: NewVmRequest): Promise<NewVmOutcome> {
    const session = this.hosts.session(hostId);
    const { driver } = session;
    const { xml, create } = await this.prepare(hostId, request);
    const define = () => driver.defineDomain(xml);
    // A refused define deletes the volume made for it, as a refused attach does.
    const record = create
      ? await attachOrDelete(driver, create.pool, await createVolume(driver, create), define)
      : await define();
    if (!request.start) {
      return {
        vm: await session.vmSummary(record.uuid),
        started: false,
        message: `Created "${request.name}". It is shut off; run it when you are ready.`,
      };
    }
    try {
      await driver.start(record.uuid);
    } catch (error) {
      const reason = toErrorShape(error).message;
      return {
        vm: await session.vmSummary(record.uuid),
        started: false,
        startError: reason,
        message: `Created "${request.name}", but it could not start: ${reason} The VM stays defined and shut off; fix the cause and run it, or delete it.`,
      };
    }
    return {
      vm: await session.vmSummary(record.uuid),
      started: true,
      message: `Created and started "${request.name}".`,
    };
  }

  delete(
    hostId: string,
    uuid: string,
    deleteVolumes: boolean,
  ): Promise<{ deletedVolumes: string[] }> {
    return deleteVm(this.hosts.session(hostId).driver, uuid, deleteVolumes);
  }

  private async prepare(hostId: string, request: NewVmRequest) {
    const facts = await readHostFacts(this.hosts.session(hostId).driver);
    checkNewVm(request, facts);
    const { spec, create } = newVmSpec(request, facts);
    checkSpecSupported(spec, facts.support);
    return { xml: buildNewDomain(spec).toXml(), create };
  }
}
