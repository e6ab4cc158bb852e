import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Full screen for one element (the console's or the display's area) through the
 * Fullscreen API; the browser's own Escape leaves it. `isFullscreen` follows the
 * document, so leaving by Escape or F11 updates the button too.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
  const [isFullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const update = (): void =>
      setFullscreen(
        document.fullscreenElement !== null && document.fullscreenElement === target.current,
      );
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [target]);
  const toggle = useCallback(async (): Promise<void> => {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await target.current?.requestFullscreen();
  }, [target]);
  return { isFullscreen, toggle, supported: document.fullscreenEnabled };
}
