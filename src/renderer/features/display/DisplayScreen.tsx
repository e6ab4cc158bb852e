import { useEffect, useRef } from 'react';
import type RFB from '@novnc/novnc';
import type { KeyPress } from './display-url';

/** What the toolbar can do with a connected screen. */
export interface DisplayControls {
  sendCtrlAltDel(): void;
  press(keys: KeyPress[]): void;
  /** Puts text on the guest's clipboard (the VNC server's cut buffer). */
  paste(text: string): void;
  focus(): void;
}

export interface DisplayScreenProps {
  url: string;
  label: string;
  /** Scale the guest's screen to the pane; otherwise 1:1, with scroll bars. */
  scaled: boolean;
  onConnected(): void;
  onDisconnected(detail: string | undefined): void;
  onClipboard(text: string): void;
  onControls(controls: DisplayControls | undefined): void;
}

/**
 * noVNC is loaded with the first display shown, not with the first page, and on its own:
 * nothing of React or the app goes with it. Its top-level await still makes the bundler
 * (rolldown) move what the page shares with the serial console's chunk (the JSX runtime,
 * the clipboard helpers, ~9 kB) into a chunk of its own, which index.html preloads.
 */
const loadRfb = () => import('@novnc/novnc').then((module) => module.default);

/**
 * noVNC's RFB client on a display session's WebSocket. It draws into a canvas in this
 * element; while the canvas has focus, every key goes to the guest (noVNC prevents the
 * browser's default, so the app's shortcuts stay out of the way).
 */
export function DisplayScreen(props: DisplayScreenProps) {
  const container = useRef<HTMLDivElement>(null);
  const rfbRef = useRef<RFB>(undefined);
  // The latest props, so a re-render does not reconnect.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // This connection's callbacks: they name its session, not a later one.
    const own = latest.current;
    let rfb: RFB | undefined;
    let gone = false;
    void loadRfb().then(
      (Rfb) => {
        if (gone) return;
        rfb = new Rfb(element, own.url, { shared: true });
        connectScreen(rfb, own);
        rfbRef.current = rfb;
      },
      () => own.onDisconnected('the display viewer could not be loaded'),
    );
    return () => {
      gone = true;
      own.onControls(undefined);
      rfbRef.current = undefined;
      rfb?.disconnect();
    };
  }, [props.url]);

  useEffect(() => {
    if (rfbRef.current) rfbRef.current.scaleViewport = props.scaled;
  }, [props.scaled]);

  return (
    <div ref={container} className="vd-display-screen" role="group" aria-label={props.label} />
  );
}

/** Wires one RFB client to the screen's callbacks and hands its controls to the toolbar. */
function connectScreen(rfb: RFB, own: DisplayScreenProps): void {
  rfb.background = '#151515';
  rfb.scaleViewport = own.scaled;
  rfb.addEventListener('connect', () => own.onConnected());
  rfb.addEventListener('disconnect', (event) => {
    const clean = (event as CustomEvent<{ clean: boolean }>).detail.clean;
    own.onDisconnected(clean ? undefined : 'the display connection failed');
  });
  rfb.addEventListener('credentialsrequired', () => {
    own.onDisconnected('the display asks for a password, which Virtdeck cannot give yet');
    rfb.disconnect();
  });
  rfb.addEventListener('clipboard', (event) => {
    own.onClipboard((event as CustomEvent<{ text: string }>).detail.text);
  });
  own.onControls({
    sendCtrlAltDel: () => rfb.sendCtrlAltDel(),
    press: (keys) => keys.forEach((key) => rfb.sendKey(key.keysym, key.code, key.down)),
    paste: (text) => rfb.clipboardPasteFrom(text),
    focus: () => rfb.focus(),
  });
}
