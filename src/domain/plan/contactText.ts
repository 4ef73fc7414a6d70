import type { NetworkContact } from '../model';
import { cleanText } from '../text';

/** A contact as one line: "role: name", or the role alone. */
export function contactText(contact: NetworkContact): string {
  const role = cleanText(contact.role);
  const name = cleanText(contact.name);
  return name ? `${role}: ${name}` : role;
}
