import type { LifecycleAction } from '../../../shared/dto';

/**
 * Ctrl+Alt+letter: browsers and Electron bind none of these, unlike Ctrl+R (reload) or
 * Ctrl+Shift+letter (dev tools, private windows). Keys are matched by physical position
 * (KeyboardEvent.code) so they work on any layout, and ignored while typing in a field,
 * where Ctrl+Alt is AltGr on Windows and composes characters.
 */
export const ACTION_SHORTCUTS: Record<LifecycleAction, { code: string; label: string }> = {
  start: { code: 'KeyR', label: 'Ctrl+Alt+R' },
  shutdown: { code: 'KeyS', label: 'Ctrl+Alt+S' },
  reboot: { code: 'KeyB', label: 'Ctrl+Alt+B' },
  destroy: { code: 'KeyF', label: 'Ctrl+Alt+F' },
  suspend: { code: 'KeyP', label: 'Ctrl+Alt+P' },
  resume: { code: 'KeyU', label: 'Ctrl+Alt+U' },
};

export const HELP_SHORTCUT_LABEL = '?';

type KeyLike = Pick<
  KeyboardEvent,
  'code' | 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey' | 'repeat'
>;

export function actionForShortcut(event: KeyLike): LifecycleAction | undefined {
  if (!event.ctrlKey || !event.altKey || event.metaKey || event.shiftKey || event.repeat)
    return undefined;
  const match = Object.entries(ACTION_SHORTCUTS).find(
    ([, shortcut]) => shortcut.code === event.code,
  );
  return match?.[0] as LifecycleAction | undefined;
}

export function isHelpShortcut(event: KeyLike): boolean {
  return event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey;
}

/** Fields where keys are text: shortcuts stay out of the way there. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
