import type { BaseWindow, Dialog, MessageBoxOptions } from 'electron';
import type { ConfirmLocalProgram } from '../services/hosts-service';

/**
 * The desktop app's answer to "may this host start a program here?": a native dialog,
 * drawn by the main process, that no page can click. Cancel is the default and the
 * answer to Escape.
 */
export function confirmLocalProgramWith(
  dialog: Pick<Dialog, 'showMessageBox'>,
  parentWindow: () => BaseWindow | undefined,
): ConfirmLocalProgram {
  return async (program, uri) => {
    const options: MessageBoxOptions = {
      type: 'warning',
      buttons: ['Cancel', 'Run it and connect'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      title: 'Run a program to reach this host?',
      message: `Connecting to this host runs a program on this computer:\n\n${program}`,
      detail: `The URI ${uri} asks for it (command=). Run it only if you wrote this URI yourself and trust the program: it runs with your permissions.`,
    };
    const parent = parentWindow();
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return response === 1;
  };
}
