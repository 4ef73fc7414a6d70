// Barnets plan as plain text for a records system or an e-mail the user writes: no markup, one blank
// line between sections, details indented two spaces.
import type { Plan } from './types';

const INDENT = '  ';

function indented(text: string, indent = INDENT): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `${indent}${line.trim()}`);
}

export function planToPlainText(p: Plan): string {
  const l = p.labels;
  const blocks: string[][] = [[p.title, `${l.child}: ${p.alias}`, `${l.made}: ${p.madeText}`, `${l.basedOn}: ${p.basedOnText}`]];

  const voice = [l.childWords];
  for (const w of p.childWords) voice.push(`${w.areaLabel} (${w.dateText})`, ...indented(w.text));
  for (const h of p.hopes) voice.push(`${l.hopes} (${h.dateText})`, ...indented(h.text));
  if (voice.length === 1) voice.push(`${INDENT}${l.nothing}`);
  blocks.push(voice);

  const well = [l.goingWell];
  for (const g of p.goingWell) well.push(`${g.areaLabel} (${g.dateText})`, ...indented(g.text));
  if (well.length === 1) well.push(`${INDENT}${l.nothing}`);
  blocks.push(well);

  const needs = [l.needs];
  for (const n of p.needs) {
    needs.push(`${n.areaLabel} (${n.dateText})`);
    for (const r of n.ratings) needs.push(`${INDENT}${r}`);
    if (n.worries) needs.push(`${INDENT}${l.worries}:`, ...indented(n.worries, INDENT + INDENT));
    if (n.nextSteps) needs.push(`${INDENT}${l.nextSteps}:`, ...indented(n.nextSteps, INDENT + INDENT));
  }
  if (needs.length === 1) needs.push(`${INDENT}${l.nothing}`);
  blocks.push(needs);

  const actions = [l.actions];
  p.actions.forEach((a, i) => {
    const number = `${i + 1}. `;
    const pad = ' '.repeat(number.length);
    actions.push(`${number}${a.what || '–'}`);
    if (a.who) actions.push(`${pad}${l.who}: ${a.who}`);
    if (a.dueText) actions.push(`${pad}${l.due}: ${a.dueText}`);
    actions.push(`${pad}${l.status}: ${a.statusLabel}`);
  });
  if (p.actions.length === 0) actions.push(`${INDENT}${l.noActions}`);
  blocks.push(actions);

  blocks.push([`${l.coordinator}: ${p.coordinator ?? l.noCoordinator}`, `${l.followUp}: ${p.followUpText ?? l.noFollowUp}`]);
  blocks.push([p.consent.heading, ...p.consent.lines.map((line) => `${INDENT}${line}`)]);
  blocks.push([l.agreement, l.agreementIntro, ...p.participants.map((who) => `[ ] ${who}  ${l.signature}: ____________  ${l.date}: ________`)]);
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}
