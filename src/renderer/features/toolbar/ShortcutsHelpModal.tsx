import { Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useUiStore } from '../../stores/ui-store';
import { ACTION_LABELS, TOOLBAR_ACTIONS } from './lifecycle-actions';
import { ACTION_SHORTCUTS, HELP_SHORTCUT_LABEL } from './shortcuts';

const LIST_KEYS: readonly [string, string][] = [
  ['Select the next or previous VM', '↓ / ↑'],
  ['Select the first or last VM', 'Home / End'],
  ['Move a page down or up', 'Page Down / Page Up'],
];

export function ShortcutsHelpModal() {
  const isOpen = useUiStore((state) => state.shortcutsHelpOpen);
  const setOpen = useUiStore((state) => state.setShortcutsHelpOpen);
  const rows: [string, string][] = [
    ...TOOLBAR_ACTIONS.map((action): [string, string] => [
      ACTION_LABELS[action],
      ACTION_SHORTCUTS[action].label,
    ]),
    ...LIST_KEYS.map(([what, keys]): [string, string] => [`${what} (in the list)`, keys]),
    ['Show this help', HELP_SHORTCUT_LABEL],
  ];
  return (
    <Modal
      variant="small"
      isOpen={isOpen}
      onClose={() => setOpen(false)}
      aria-labelledby="shortcuts-title"
    >
      <ModalHeader title="Keyboard shortcuts" labelId="shortcuts-title" />
      <ModalBody>
        <Table aria-label="Keyboard shortcuts" variant="compact" gridBreakPoint="">
          <Thead>
            <Tr>
              <Th>Action</Th>
              <Th>Keys</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map(([action, keys]) => (
              <Tr key={action}>
                <Td dataLabel="Action">{action}</Td>
                <Td dataLabel="Keys">
                  <kbd>{keys}</kbd>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </ModalBody>
    </Modal>
  );
}
