// The icons of the child's turn's own controls (read aloud, the exit, the steps): apart from TurnIcons,
// whose faces and star the conversation view shows too, so that its chunk stays light.

/** A loudspeaker: read aloud. */
export function SpeakerIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false" className="turn-icon">
      <path d="M4 11 H9 L15 6 V22 L9 17 H4 Z" className="turn-icon-fill" />
      <path d="M19 10 Q22 14 19 18 M22 7 Q27 14 22 21" />
    </svg>
  );
}

/** A door: the exit, for the adult. */
export function DoorIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="turn-icon">
      <path d="M5 20 V3 H15 V20 M3 20 H19" />
      <circle cx="12.5" cy="11.5" r="1.2" className="turn-icon-fill" />
    </svg>
  );
}

/** An arrow along the reading direction (mirrored by CSS in right-to-left text). */
export function StepArrow({ back = false }: { back?: boolean }) {
  return <span aria-hidden="true" className={back ? 'step-arrow step-arrow-back' : 'step-arrow step-arrow-forward'} />;
}
