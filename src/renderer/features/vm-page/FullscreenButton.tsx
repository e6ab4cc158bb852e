import type { RefObject } from 'react';
import { Button } from '@patternfly/react-core';
import { CompressIcon } from '@patternfly/react-icons/dist/esm/icons/compress-icon';
import { ExpandIcon } from '@patternfly/react-icons/dist/esm/icons/expand-icon';
import { useFullscreen } from './use-fullscreen';

/** "Full screen" for the console's or the display's area; Escape or the button leaves it. */
export function FullscreenButton({
  area,
  what,
}: {
  area: RefObject<HTMLElement | null>;
  what: 'console' | 'display';
}) {
  const { isFullscreen, toggle, supported } = useFullscreen(area);
  if (!supported) return null;
  return (
    <Button
      variant="tertiary"
      size="sm"
      icon={isFullscreen ? <CompressIcon /> : <ExpandIcon />}
      aria-description={`Shows the ${what} on the whole screen; Escape leaves it.`}
      onClick={() => void toggle()}
    >
      {isFullscreen ? 'Exit full screen' : 'Full screen'}
    </Button>
  );
}
