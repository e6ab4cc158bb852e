import { useEffect } from 'react';

/** Where Escape belongs to someone else: the guest's keyboard, a field, a dialog, a menu. */
const ESCAPE_OWNERS = [
  '.vd-console-terminal',
  '.vd-display-screen',
  'input',
  'textarea',
  'select',
  '[contenteditable="true"]',
  '[role="dialog"]',
  '[role="menu"]',
  '[role="listbox"]',
].join(',');

/**
 * Escape on a VM's page goes back to the list, as Back does, unless the key was meant
 * for something inside the page: the serial console or the display (the guest gets it),
 * a text field, an open dialog or menu (it closes that), or full screen (the browser
 * leaves it first).
 */
export function useEscapeGoesBack(back: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.fullscreenElement) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(ESCAPE_OWNERS)) return;
      if (document.querySelector('[role="dialog"]')) return;
      back();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [back]);
}
