// Small inline icons that go with words, never instead of them (state must not depend on colour or shape alone).

export function WarningIcon() {
  return (
    <svg className="icon icon-warning" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 2 L19 18 H1 Z" />
      <path d="M10 8 V12.5 M10 14.8 V15.2" className="icon-mark" />
    </svg>
  );
}

export function CalendarIcon() {
  return (
    <svg className="icon icon-calendar" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="2" y="4" width="16" height="14" rx="2" />
      <path d="M2 8 H18 M6 2 V6 M14 2 V6" />
    </svg>
  );
}

export function CoordinatorIcon() {
  return (
    <svg className="icon icon-coordinator" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 1.5 L12.6 7 L18.5 7.6 L14 11.6 L15.3 17.5 L10 14.5 L4.7 17.5 L6 11.6 L1.5 7.6 L7.4 7 Z" />
    </svg>
  );
}
