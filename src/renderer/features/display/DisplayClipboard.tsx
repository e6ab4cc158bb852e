import { Button, Flex, FlexItem, TextArea } from '@patternfly/react-core';
import { copyText } from '../console/clipboard';

/**
 * Clipboard text both ways. Browsers let a page read the clipboard only on a paste, so
 * the text to send is typed or pasted here; what the guest copies shows here too, with a
 * button that puts it on this machine's clipboard.
 */
export function DisplayClipboard({
  text,
  setText,
  connected,
  onSend,
}: {
  /** What the guest copied last, or what the user typed or pasted since. */
  text: string;
  setText: (text: string) => void;
  connected: boolean;
  onSend: (text: string) => void;
}) {
  return (
    <Flex
      className="vd-display-clipboard"
      alignItems={{ default: 'alignItemsFlexStart' }}
      gap={{ default: 'gapSm' }}
    >
      <FlexItem grow={{ default: 'grow' }}>
        <TextArea
          aria-label="Clipboard text"
          placeholder="The guest's clipboard shows here; type or paste text here to send it to the guest."
          value={text}
          onChange={(_event, value) => setText(value)}
          rows={2}
          resizeOrientation="vertical"
        />
      </FlexItem>
      <FlexItem>
        <Flex direction={{ default: 'column' }} gap={{ default: 'gapXs' }}>
          <Button
            variant="tertiary"
            size="sm"
            isDisabled={!connected || text === ''}
            onClick={() => onSend(text)}
          >
            Send to guest clipboard
          </Button>
          <Button
            variant="tertiary"
            size="sm"
            isDisabled={text === ''}
            onClick={() => copyText(text)}
          >
            Copy
          </Button>
        </Flex>
      </FlexItem>
    </Flex>
  );
}
