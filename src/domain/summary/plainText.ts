// Plain-text layout of a summary for pasting into a records system: no markup, "\n" line breaks, one blank
// line between sections, details indented two spaces, areas with nothing noted on one line each.
import { quoted } from './childVoice';
import type { Summary, SummaryArea, SummaryParticipation } from './types';

const INDENT = '  ';

/** "Label: text", continuation lines of multi-line text indented one step deeper, blank lines dropped. */
function field(label: string, text: string, indent = ''): string[] {
  const [first = '', ...rest] = text.split('\n').filter((line) => line.trim() !== '');
  return [`${indent}${label}: ${first}`, ...rest.map((line) => `${indent}${INDENT}${line.trim()}`)];
}

function areaLines(area: SummaryArea, s: Summary): string[] {
  if (area.empty) return [`${area.label}: ${s.labels.empty}`];
  const lines = [area.label];
  if (area.ratings.length === 0 && !area.childPassed) lines.push(`${INDENT}${s.labels.ratings}: ${s.labels.notRated}`);
  for (const r of area.ratings) lines.push(`${INDENT}${r.text}`);
  if (area.childPassed) lines.push(`${INDENT}${area.childPassedText}`);
  if (area.childWords) lines.push(...field(s.childVoice.childWords, quoted(s.childVoice, area.childWords), INDENT));
  if (area.goingWell) lines.push(...field(s.labels.goingWell, area.goingWell, INDENT));
  if (area.worries) lines.push(...field(s.labels.worries, area.worries, INDENT));
  if (area.nextSteps) lines.push(...field(s.labels.nextSteps, area.nextSteps, INDENT));
  return lines;
}

function areasSection(s: Summary): string[][] {
  // Consecutive empty areas stay together as one compact block; filled areas get a block each.
  const blocks: string[][] = [[s.labels.areas]];
  let previousEmpty = false;
  for (const area of s.areas) {
    const lines = areaLines(area, s);
    const last = blocks[blocks.length - 1] as string[];
    if (area.empty && previousEmpty) last.push(...lines);
    else blocks.push(lines);
    previousEmpty = area.empty;
  }
  return blocks;
}

function actionsSection(s: Summary): string[] {
  const lines = [s.labels.actions];
  s.actions.forEach((a, i) => {
    const number = `${i + 1}. `;
    const pad = ' '.repeat(number.length);
    const [first = '', ...rest] = (a.what || '–').split('\n').filter((line) => line.trim() !== '');
    lines.push(number + first, ...rest.map((line) => pad + line.trim()));
    if (a.who) lines.push(...field(s.labels.who, a.who, pad));
    if (a.areaLabel) lines.push(`${pad}${s.labels.area}: ${a.areaLabel}`);
    if (a.dueText) lines.push(`${pad}${s.labels.due}: ${a.dueText}`);
    lines.push(`${pad}${s.labels.status}: ${a.statusLabel}`);
  });
  return lines;
}

function changesSection(s: Summary): string[] {
  const changes = s.changes;
  if (!changes) return [];
  const lines = [s.labels.changes, changes.sinceText];
  if (changes.areas.length === 0) lines.push(changes.noneText);
  for (const area of changes.areas) {
    lines.push(`${area.label}: ${area.directionLabel}`);
    for (const item of area.items) lines.push(`${INDENT}${item.text}`);
  }
  return lines;
}

function participationSection(p: SummaryParticipation): string[] {
  return [p.heading, ...p.facts.flatMap((fact) => field(fact.label, fact.text))];
}

export function summaryToPlainText(s: Summary): string {
  const header = [s.title, `${s.labels.child}: ${s.alias}`, `${s.labels.date}: ${s.dateText}`, `${s.labels.setting}: ${s.settingLabel}`];
  if (s.participants.length > 0) header.push(`${s.labels.participants}: ${s.participants.map((p) => p.text).join(', ')}`);

  const blocks: string[][] = [header];
  if (s.participation) blocks.push(participationSection(s.participation));
  blocks.push(...areasSection(s));
  if (s.hopes) blocks.push(field(s.childVoice.hopes, quoted(s.childVoice, s.hopes)));
  if (s.actions.length > 0) blocks.push(actionsSection(s));
  if (s.notes) blocks.push([s.labels.notes, ...s.notes.split('\n').filter((line) => line.trim() !== '')]);
  if (s.followUpText) blocks.push([`${s.labels.followUp}: ${s.followUpText}`]);
  if (s.changes) blocks.push(changesSection(s));
  if (s.network.length > 0) blocks.push([s.labels.network, ...s.network.map((c) => c.text)]);
  blocks.push([s.consent.heading, ...s.consent.lines.map((line) => `${INDENT}${line}`)]);
  if (s.safety) blocks.push([s.safety.heading, ...s.safety.concerns.flatMap((c) => c.lines.map((line, i) => (i === 0 ? line : `${INDENT}${line}`)))]);
  if (s.transfer) blocks.push(s.transfer);
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}
