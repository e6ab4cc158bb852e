import { Banner, Button } from '@patternfly/react-core';
import { useConnectionStore } from '../../stores/connection-store';

/** The browser mode's socket is gone; only a reload brings the page back. */
export function ConnectionLostBanner() {
  const lost = useConnectionStore((state) => state.lost);
  if (!lost) return null;
  return (
    <Banner status="danger" isSticky className="vd-connection-banner">
      <span role="alert">
        Connection to Virtdeck lost — reload the page{' '}
        <Button variant="link" isInline onClick={() => window.location.reload()}>
          Reload
        </Button>
      </span>
    </Banner>
  );
}
