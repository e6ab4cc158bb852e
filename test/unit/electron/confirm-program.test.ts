import { describe, expect, it, vi } from 'vitest';
import { confirmLocalProgramWith } from '../../../src/main/electron/confirm-program';

describe("the desktop app's question before a host starts a local program", () => {
  it('is a native dialog whose default and Escape answer is Cancel', async () => {
    const showMessageBox = vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false }));
    const confirm = confirmLocalProgramWith({ showMessageBox }, () => undefined);
    expect(await confirm('/usr/bin/ssh', 'qemu+ssh://h/system?command=/usr/bin/ssh')).toBe(false);
    expect(showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ defaultId: 0, cancelId: 0, buttons: ['Cancel', 'Run it and connect'] }),
    );
    showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    expect(await confirm('/usr/bin/ssh', 'qemu+ssh://h/system?command=/usr/bin/ssh')).toBe(true);
  });
});
