// The roles and services a contact in the child's network can have. A contact stores its role as text
// (model.NetworkContact.role), the way summaries and backups already read it: the chosen role's name in
// the language used when it was added, or what the user wrote for "other".
import type { NetworkContact } from '../../domain/model';

export const NETWORK_ROLES = ['school-nurse', 'school-counsellor', 'social-services', 'bup', 'health-centre', 'preschool', 'school', 'other'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

/** The listed role whose name (in the current language) is `text`, else 'other'. */
export function roleFromText(text: string, labelOf: (role: NetworkRole) => string): NetworkRole {
  const wanted = text.trim().toLocaleLowerCase();
  return NETWORK_ROLES.find((role) => role !== 'other' && labelOf(role).toLocaleLowerCase() === wanted) ?? 'other';
}

/** Adds or replaces `contact`; when it coordinates, nobody else does (one coordinator at a time). */
export function upsertContact(network: readonly NetworkContact[], contact: NetworkContact): NetworkContact[] {
  const others = network.map((c) => (contact.coordinator && c.id !== contact.id ? { ...c, coordinator: false } : c));
  return others.some((c) => c.id === contact.id) ? others.map((c) => (c.id === contact.id ? contact : c)) : [...others, contact];
}

export function removeContact(network: readonly NetworkContact[], id: string): NetworkContact[] {
  return network.filter((c) => c.id !== id);
}
