import { useId } from 'react';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'new-password' lets password managers offer to save it; 'current-password' to fill it. */
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  invalid?: boolean;
  testId?: string;
}

export function PassphraseField({ label, value, onChange, autoComplete, hint, invalid, testId }: PassphraseFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-hint` : undefined}
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
