import { describe, expect, it } from 'vitest';
import { useWindow } from './window';

const win = useWindow();

/** Waits for a VM's state text; the UI learns of changes from pushed events. */
async function expectState(name: string, text: string): Promise<void> {
  await win.ui.state(name).filter({ hasText: text }).waitFor({ timeout: 15_000 });
  expect(await win.ui.state(name).textContent()).toBe(text);
}

describe('the demo host in the browser', () => {
  it('lists the demo VMs with their state, OS and size', async () => {
    await win.ui.hosts.getByText('Demo host').waitFor();
    const names = await win.ui.vmNames();
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names).toEqual(expect.arrayContaining(['alpine-router', 'fedora-workstation', 'win11']));
    const states = await win.ui.column('State');
    expect(states).toEqual(expect.arrayContaining(['Running', 'Shut off', 'Paused']));
    await expect(win.ui.row('win11').textContent()).resolves.toContain('Windows 11');
  });

  it('enables only the actions that fit the selected VM state', async () => {
    await win.ui.select('win11');
    expect(await win.ui.enabledActions()).toEqual(['Run']);
    await win.ui.select('ubuntu-dev');
    expect(await win.ui.enabledActions()).toEqual(['Force Off', 'Resume']);
  });

  it('shows the overview of the selected VM', async () => {
    const details = await win.ui.open('fedora-workstation');
    await details.getByText('Fedora 40').first().waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // UUID
    await details.getByRole('grid', { name: 'Disks' }).getByText('vda').waitFor();
    await details
      .getByRole('grid', { name: 'Network interfaces' })
      .getByText(/52:54:00/)
      .first()
      .waitFor();
  });

  it('runs a shut-off VM, pauses and resumes it, and forces it off', async () => {
    await win.ui.select('alpine-router');
    await expectState('alpine-router', 'Shut off');

    await win.ui.perform('Run');
    await expectState('alpine-router', 'Running');

    await win.ui.perform('Pause');
    await expectState('alpine-router', 'Paused');

    await win.ui.perform('Resume');
    await expectState('alpine-router', 'Running');

    await win.ui.perform('Force Off');
    await expectState('alpine-router', 'Shut off');
  });

  it('runs lifecycle actions from the keyboard', async () => {
    await win.ui.select('win11');
    await win.ui.list.focus();
    await win.ui.page.keyboard.press('Control+Alt+KeyR');
    await expectState('win11', 'Running');
    await win.ui.page.keyboard.press('Control+Alt+KeyP');
    await expectState('win11', 'Paused');
    await win.ui.page.keyboard.press('Control+Alt+KeyF');
    await win.ui.page.getByRole('dialog').getByRole('button', { name: 'Force Off' }).click();
    await expectState('win11', 'Shut off');
  });

  it('shuts a running VM down gracefully', async () => {
    await win.ui.select('debian-server');
    await expectState('debian-server', 'Running');
    await win.ui.perform('Shut Down');
    await expectState('debian-server', 'Shut off');
  });
});

describe('a failed action', () => {
  it('names the VM, the action and the reason, and the list stays as the host has it', async () => {
    await win.ui.select('legacy-nas');
    await win.ui.perform('Run');
    const alert = win.ui.page.getByRole('alert').filter({ hasText: 'legacy-nas' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/Could not start/i);
    expect(text).toContain("Cannot access storage file '/var/lib/libvirt/images/legacy-nas.qcow2'");
    await expectState('legacy-nas', 'Shut off');
    expect(await win.ui.enabledActions()).toEqual(['Run']);
  });
});
