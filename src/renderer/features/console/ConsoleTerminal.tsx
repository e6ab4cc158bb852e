import { useEffect, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import type { ConsoleConnection } from './console-connection';
import { copyText, isCopyKey, isPasteKey } from './clipboard';

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
    const terminal = new Terminal({
      convertEol: false,
      cursorBlink: true,
      fontFamily: monospaceFamily(element),
      fontSize: 14,
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
    // xterm measures its cells once; a web font that arrives later changes the glyphs'
    // size, so measure again (setting the family does) and refit then.
    let disposed = false;
    void (document.fonts?.ready ?? Promise.resolve()).then(() => {
      if (disposed) return;
      terminal.options.fontFamily = monospaceFamily(element);
      refit();
    });
    terminal.focus();
    return () => {
      disposed = true;
      observer.disconnect();
      connection.attach(undefined);
      input.dispose();
      terminal.dispose();
    };
  }, [connection]);

  return <div ref={container} className="vd-console-terminal" role="group" aria-label={label} />;
}

/**
 * The theme's monospace family, resolved: xterm measures its cells with this string
 * outside CSS, where a var(...) means nothing, and the measured and drawn glyphs would
 * then differ (overlapping rows, gaps between letters).
 */
function monospaceFamily(element: HTMLElement): string {
  const themed = getComputedStyle(element)
    .getPropertyValue('--pf-t--global--font--family--mono')
    .trim();
  return themed === '' ? 'monospace' : `${themed}, monospace`;
}
