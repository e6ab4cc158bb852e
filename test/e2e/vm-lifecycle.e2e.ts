import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';

let app: RunningApp;
let browser: { browser: Browser; close(): Promise<void> };
let ui: VmManagerPage;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ui = new VmManagerPage(await openApp(browser.browser, app));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Waits for a VM's state text; the UI learns of changes from pushed events. */
async function expectState(name: string, text: string): Promise<void> {
  await ui.state(name).filter({ hasText: text }).waitFor({ timeout: 15_000 });
  expect(await ui.state(name).textContent()).toBe(text);
}

describe('the demo host in the browser', () => {
  it('lists the demo VMs with their state, OS and size', async () => {
    await ui.hosts.getByText('Demo host').waitFor();
    const names = await ui.vmNames();
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names).toEqual(expect.arrayContaining(['alpine-router', 'fedora-workstation', 'win11']));
    const states = await ui.column('State');
    expect(states).toEqual(expect.arrayContaining(['Running', 'Shut off', 'Paused']));
    await expect(ui.row('win11').textContent()).resolves.toContain('Windows 11');
  });

  it('enables only the actions that fit the selected VM state', async () => {
    await ui.select('win11');
    expect(await ui.enabledActions()).toEqual(['Run']);
    await ui.select('ubuntu-dev');
    expect(await ui.enabledActions()).toEqual(['Force Off', 'Resume']);
  });

  it('shows the overview of the selected VM', async () => {
    const details = await ui.open('fedora-workstation');
    await details.getByText('Fedora 40').first().waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // UUID
    await details.getByRole('grid', { name: 'Disks' }).getByText('vda').waitFor();
    await details.getByRole('grid', { name: 'Network interfaces' }).getByText(/52:54:00/).first().waitFor();
  });

  it('runs a shut-off VM, pauses and resumes it, and forces it off', async () => {
    await ui.select('alpine-router');
    await expectState('alpine-router', 'Shut off');

    await ui.perform('Run');
    await expectState('alpine-router', 'Running');

    await ui.perform('Pause');
    await expectState('alpine-router', 'Paused');

    await ui.perform('Resume');
    await expectState('alpine-router', 'Running');

    await ui.perform('Force Off');
    await expectState('alpine-router', 'Shut off');
  });

  it('runs lifecycle actions from the keyboard', async () => {
    await ui.select('win11');
    await ui.list.focus();
    await ui.page.keyboard.press('Control+Alt+KeyR');
    await expectState('win11', 'Running');
    await ui.page.keyboard.press('Control+Alt+KeyP');
    await expectState('win11', 'Paused');
    await ui.page.keyboard.press('Control+Alt+KeyF');
    await ui.page.getByRole('dialog').getByRole('button', { name: 'Force Off' }).click();
    await expectState('win11', 'Shut off');
  });

  it('shuts a running VM down gracefully', async () => {
    await ui.select('debian-server');
    await expectState('debian-server', 'Running');
    await ui.perform('Shut Down');
    await expectState('debian-server', 'Shut off');
  });
});

describe('a failed action', () => {
  it('names the VM, the action and the reason, and the list stays as the host has it', async () => {
    await ui.select('legacy-nas');
    await ui.perform('Run');
    const alert = ui.page.getByRole('alert').filter({ hasText: 'legacy-nas' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/Could not start/i);
    expect(text).toContain("Cannot access storage file '/var/lib/libvirt/images/legacy-nas.qcow2'");
    await expectState('legacy-nas', 'Shut off');
    expect(await ui.enabledActions()).toEqual(['Run']);
  });
});
