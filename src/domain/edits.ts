// Edit times per field, and the merge that keeps each field's newest edit.
//
// Two tabs on one conversation, a draft a closed page left in the journal, and the stored record may all
// hold edits the others lack. Writing one whole copy over another loses the other's edits, so every copy
// carries, for each field it has changed, when that happened (`edits`: path → time), and copies are merged
// field by field: the newer edit of each field wins. Which copy is merged into which changes nothing but
// the order of list items both added (the first copy's come first), and merging a copy in again changes
// nothing, so it does not matter who merges first or how often.
//
// Paths: `notes`, `entries/safe/goingWell`, `entries/safe/ratings/child`. Lists of objects with an `id`
// (actions) are merged per item: `actions/[<id>]/what`; `actions/[<id>]` is when the item was added or
// removed, and `actions/#order` when the order changed. Other lists are one value.
//
// Edit times come from an edit clock that never goes backwards (`nextEditTime`): the device clock, but
// always after every edit the record already holds, so a clock put right (NTP, a time zone) or a copy
// dated in the future can never make a later edit lose.

export type EditTimes = Record<string, number>;

/** What a mergeable record carries besides its fields. */
export interface Edited {
  /** Per-field edit times (see above); absent on records from before they existed (time 0). */
  edits?: EditTimes;
  /** Revision of the stored record: grows by one with every write (storage sets it). */
  rev?: number;
  updatedAt: string;
}

/** Fields that are bookkeeping, not content: never merged field by field. */
const META = new Set(['edits', 'rev', 'updatedAt', 'sealed']);
const ORDER = '#order';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKeyedItem(value: unknown): value is Plain & { id: string } {
  return isPlain(value) && typeof value.id === 'string';
}

/** A list of objects with ids, merged per item. An empty list counts when the other side is keyed. */
function keyedLists(a: unknown, b: unknown): boolean {
  const lists = [a, b].filter(Array.isArray) as unknown[][];
  if (lists.length === 0) return false;
  if ([a, b].some((v) => v !== undefined && !Array.isArray(v))) return false;
  const items = lists.flat();
  return items.length > 0 && items.every(isKeyedItem);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function itemPath(path: string, id: string): string {
  return `${path}/[${id}]`;
}

function child(path: string, key: string): string {
  return path ? `${path}/${key}` : key;
}

/** The newest edit at `path` or anywhere below it (0 when none). */
function timeUnder(edits: EditTimes, path: string): number {
  let newest = edits[path] ?? 0;
  const prefix = `${path}/`;
  for (const key in edits) if (key.startsWith(prefix)) newest = Math.max(newest, edits[key] as number);
  return newest;
}

/** The newest time in `edits` (0 for none). */
export function newestEdit(edits: EditTimes | undefined): number {
  let newest = 0;
  for (const key in edits) newest = Math.max(newest, edits[key] as number);
  return newest;
}

/** The time for a new edit of a record: now, but never at or before an edit the record holds. */
export function nextEditTime(edits: EditTimes | undefined, now: number = Date.now()): number {
  return Math.max(Math.floor(now), newestEdit(edits) + 1);
}

// ---------------------------------------------------------------------------------------------------
// Stamping: which paths an edit changed.

function stampNode(path: string, before: unknown, after: unknown, mark: (path: string) => void): void {
  if (keyedLists(before, after)) {
    const prev = new Map(((before as Plain[] | undefined) ?? []).map((item) => [item.id as string, item]));
    const next = new Map(((after as Plain[] | undefined) ?? []).map((item) => [item.id as string, item]));
    for (const [id, item] of next) {
      if (!prev.has(id)) mark(itemPath(path, id));
      stampNode(itemPath(path, id), prev.get(id), item, mark);
    }
    for (const id of prev.keys()) if (!next.has(id)) mark(itemPath(path, id));
    const kept = [...prev.keys()].filter((id) => next.has(id));
    const order = [...next.keys()].filter((id) => prev.has(id));
    if (!same(kept, order)) mark(child(path, ORDER));
    return;
  }
  if (isPlain(before) && isPlain(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (path === '' && META.has(key)) continue;
      stampNode(child(path, key), before[key], after[key], mark);
    }
    return;
  }
  if (!same(before, after)) mark(path);
}

/**
 * `after` with the fields that differ from `before` stamped with one new edit time. Every change of a
 * record that may meet another copy of it (typing in a draft, marking an action done) goes through here.
 */
export function stampEdits<T extends Edited>(before: T, after: T, now: number = Date.now()): T {
  const edits: EditTimes = { ...(before.edits ?? {}), ...(after.edits ?? {}) };
  const time = nextEditTime(edits, now);
  let changed = false;
  stampNode('', before, after, (path) => {
    edits[path] = time;
    changed = true;
  });
  return changed ? { ...after, edits } : after;
}

// ---------------------------------------------------------------------------------------------------
// Merging.

/** One value of two, by the newer edit; a tie between different values is broken by their text. */
function pick(a: unknown, b: unknown, ta: number, tb: number): unknown {
  if (ta !== tb) return ta > tb ? a : b;
  if (same(a, b)) return a;
  // Both sides claim the same moment for different values: only order-free tie-breaks keep merges equal.
  return (JSON.stringify(a) ?? '') >= (JSON.stringify(b) ?? '') ? a : b;
}

function mergeList(path: string, a: Plain[] | undefined, b: Plain[] | undefined, ea: EditTimes, eb: EditTimes): Plain[] {
  const itemsA = new Map((a ?? []).map((item) => [item.id as string, item]));
  const itemsB = new Map((b ?? []).map((item) => [item.id as string, item]));
  const merged = new Map<string, Plain>();
  for (const id of new Set([...itemsA.keys(), ...itemsB.keys()])) {
    const ia = itemsA.get(id);
    const ib = itemsB.get(id);
    const p = itemPath(path, id);
    if (ia && ib) merged.set(id, mergeNode(p, ia, ib, ea, eb) as Plain);
    // Present on one side only: the other removed it, or never had it. A removal wins only over an
    // item whose every edit is older than the removal.
    else if (ia) {
      if (timeUnder(ea, p) >= (eb[p] ?? 0)) merged.set(id, ia);
    } else if (ib) {
      if (timeUnder(eb, p) >= (ea[p] ?? 0)) merged.set(id, ib);
    }
  }
  // The order of the first copy (the stored one, where storage merges), unless the other reordered the
  // list later; items only the other copy has come after, in its order.
  const orderA = [...itemsA.keys()];
  const orderB = [...itemsB.keys()];
  const orderPath = child(path, ORDER);
  const first = (eb[orderPath] ?? 0) > (ea[orderPath] ?? 0) ? orderB : orderA;
  const second = first === orderA ? orderB : orderA;
  const ids = [...first, ...second.filter((id) => !first.includes(id))];
  return ids.filter((id) => merged.has(id)).map((id) => merged.get(id) as Plain);
}

function mergeNode(path: string, a: unknown, b: unknown, ea: EditTimes, eb: EditTimes): unknown {
  if (keyedLists(a, b)) return mergeList(path, a as Plain[] | undefined, b as Plain[] | undefined, ea, eb);
  if (isPlain(a) && isPlain(b)) {
    const out: Plain = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path === '' && META.has(key)) continue;
      const value = mergeNode(child(path, key), a[key], b[key], ea, eb);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return pick(a, b, timeUnder(ea, path), timeUnder(eb, path));
}

function laterTimestamp(a: string, b: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(tb)) return a;
  if (Number.isNaN(ta)) return b;
  return ta >= tb ? a : b;
}

/**
 * Two copies of one record merged field by field: each field from the copy that edited it last. The
 * result's edit times are the newer of each, its revision the higher one.
 */
export function mergeEdited<T extends Edited>(a: T, b: T): T {
  const ea = a.edits ?? {};
  const eb = b.edits ?? {};
  const merged = mergeNode('', a, b, ea, eb) as T;
  const edits: EditTimes = { ...ea };
  for (const key in eb) edits[key] = Math.max(edits[key] ?? 0, eb[key] as number);
  merged.edits = edits;
  const rev = Math.max(a.rev ?? 0, b.rev ?? 0);
  if (rev > 0) merged.rev = rev;
  merged.updatedAt = laterTimestamp(a.updatedAt, b.updatedAt);
  return merged;
}

/** True when `incoming` holds an edit that `stored` lacks (merging would change `stored`'s content). */
export function hasNewerEdits(stored: Edited, incoming: Edited): boolean {
  const es = stored.edits ?? {};
  const ei = incoming.edits ?? {};
  for (const key in ei) if ((ei[key] as number) > (es[key] ?? 0)) return true;
  return false;
}
