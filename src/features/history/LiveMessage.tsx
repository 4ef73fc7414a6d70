export interface Message {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * Tells the outcome of a button press: a polite status region that is always there (so screen readers
 * hear what changes in it) and an alert only for failures.
 */
export function LiveMessage({ message }: { message: Message | undefined }) {
  return (
    <>
      <p role="status" className="form-ok live-message">
        {message?.kind === 'ok' ? message.text : null}
      </p>
      {message?.kind === 'error' ? (
        <p role="alert" className="form-error">
          {message.text}
        </p>
      ) : null}
    </>
  );
}
