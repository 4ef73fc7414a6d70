import { useId, type Ref } from 'react';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'new-password' lets password managers offer to save it; 'current-password' to fill it. */
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  invalid?: boolean;
  testId?: string;
  /** The id of a status line that describes the field (a wrong passphrase, a wait). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function PassphraseField({ label, value, onChange, autoComplete, hint, invalid, testId, describedBy, inputRef }: PassphraseFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        aria-describedby={[hint ? `${id}-hint` : undefined, describedBy].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || undefined}
        data-testid={testId}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
