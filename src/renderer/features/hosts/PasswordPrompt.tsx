import {
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import type { HostAddQuestion } from '../../../shared/ipc/contract';

export type PasswordQuestion = Extract<HostAddQuestion, { ask: 'password' }>;

/** The SSH password a host asked for; it is used for this session and never saved. */
export function PasswordPrompt({
  id,
  question,
  password,
  onChange,
}: {
  id: string;
  question: PasswordQuestion;
  password: string;
  onChange: (password: string) => void;
}) {
  return (
    <FormGroup label={`Password for ${question.user}@${question.host}`} fieldId={id}>
      <TextInput
        id={id}
        type="password"
        value={password}
        onChange={(_event, value) => onChange(value)}
        autoComplete="current-password"
      />
      <FormHelperText>
        <HelperText>
          <HelperTextItem>
            {question.message} The password is used for this session only and not saved.
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
}
