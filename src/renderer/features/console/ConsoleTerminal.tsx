import { useEffect, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import type { ConsoleConnection } from './console-connection';
import { copyText, isCopyKey, isPasteKey } from './clipboard';

const FONT_SIZE = 14;

/**
 * The xterm.js terminal of a console, loaded on demand (it is not part of the first
 * page). It fills its container and refits whenever the container changes size; every
 * key goes to the guest except Ctrl+Shift+C (copy the selection) and Ctrl+Shift+V, which
 * is left to the browser so its paste event reaches the terminal.
 */
export default function ConsoleTerminal({
  connection,
  label,
}: {
  connection: ConsoleConnection;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const family = monospaceFamily(element);
    let close: (() => void) | undefined;
    let gone = false;
    // xterm measures its cells once, when it opens: with a web font that arrives later,
    // the measured and drawn glyphs would differ. Output waits in the connection meanwhile.
    void loadFont(family).then(() => {
      if (!gone) close = openTerminal(element, connection, family);
    });
    return () => {
      gone = true;
      close?.();
    };
  }, [connection]);

  return <div ref={container} className="vd-console-terminal" role="group" aria-label={label} />;
}

/** Opens the terminal in `element` and wires it to the connection; returns its undoing. */
function openTerminal(
  element: HTMLElement,
  connection: ConsoleConnection,
  fontFamily: string,
): () => void {
  const terminal = new Terminal({
    convertEol: false,
    cursorBlink: true,
    fontFamily,
    fontSize: FONT_SIZE,
    scrollback: 5000,
    theme: { background: '#151515', foreground: '#e0e0e0' },
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  terminal.open(element);
  terminal.attachCustomKeyEventHandler((event) => {
    if (isCopyKey(event)) {
      if (event.type === 'keydown' && terminal.hasSelection()) copyText(terminal.getSelection());
      event.preventDefault();
      return false;
    }
    // Not handled here, not prevented: the browser pastes into the terminal's text area.
    return !isPasteKey(event);
  });
  const input = terminal.onData((data) => connection.write(data));
  connection.attach({
    write: (data, drawn) => terminal.write(data, drawn),
    selection: () => terminal.getSelection(),
    focus: () => terminal.focus(),
  });

  const refit = (): void => {
    // A hidden container (a closed tab) has no size to fit to.
    if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
  };
  const observer = new ResizeObserver(refit);
  observer.observe(element);
  refit();
  // The details pane scrolls: show the whole terminal, the prompt at its bottom included.
  element.scrollIntoView({ block: 'nearest' });
  terminal.focus();
  return () => {
    observer.disconnect();
    connection.attach(undefined);
    input.dispose();
    terminal.dispose();
  };
}

/**
 * The theme's monospace family, resolved: xterm measures its cells with this string
 * outside CSS, where a var(...) means nothing.
 */
function monospaceFamily(element: HTMLElement): string {
  const themed = getComputedStyle(element)
    .getPropertyValue('--pf-t--global--font--family--mono')
    .trim();
  return themed === '' ? 'monospace' : `${themed}, monospace`;
}

/** Loads the family's web font, if it has one; never fails (a fallback font still works). */
async function loadFont(family: string): Promise<void> {
  if (typeof document.fonts === 'undefined') return;
  await document.fonts.load(`${FONT_SIZE}px ${family}`).catch(() => undefined);
}
