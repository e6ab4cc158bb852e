/** Ctrl+Shift+C copies in a terminal (Ctrl+C belongs to the guest), as in most terminals. */
export function isCopyKey(event: KeyboardEvent): boolean {
  return event.ctrlKey && event.shiftKey && !event.altKey && event.code === 'KeyC';
}

/** Ctrl+Shift+V pastes (Ctrl+V is a control character the guest may want). */
export function isPasteKey(event: KeyboardEvent): boolean {
  return event.ctrlKey && event.shiftKey && !event.altKey && event.code === 'KeyV';
}

/**
 * Puts text on the clipboard from a key press or click. A copy event works where the
 * Clipboard API is refused (Electron's window refuses permission requests), so it is
 * tried first; the Clipboard API is the fallback.
 */
export function copyText(text: string): void {
  let copied = false;
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    copied = event.clipboardData !== null;
  };
  document.addEventListener('copy', onCopy, { once: true });
  try {
    // Deprecated but the one synchronous way to write the clipboard without a permission.
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  if (!copied) void navigator.clipboard?.writeText(text).catch(() => undefined);
}

/** Reads the clipboard for the Paste button; undefined where the page may not. */
export async function readClipboard(): Promise<string | undefined> {
  try {
    return await navigator.clipboard.readText();
  } catch {
    return undefined;
  }
}
