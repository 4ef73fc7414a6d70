// The practice around the wheel (issue 14), end to end in Chromium: consent with its scope and the
// question before the summary goes outside it; a worry for the child's safety, recorded, on the child's
// page and in the records text but never in the family summary or the family view; Barnets plan printed
// to PDF. Axe on every new view.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe, screenshot } from './harness';
import { appSession } from './helpers/session';
import { seedPractice, storedConversation } from './helpers/practiceSeed';

const session = appSession();
let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'hjulet-practice-'));
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const NETWORK = [
  { id: 'nurse', role: 'Skolsköterska', name: 'Eva', coordinator: false },
  { id: 'counsellor', role: 'Kurator', name: 'Lisa', coordinator: true },
];

async function axe(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

async function reopenWithClipboard(): Promise<Page> {
  const { page } = await session.reopen({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
  return page;
}

describe('consent with its scope', () => {
  it('records consent for the school nurse only, then asks before the summary goes to another service', async () => {
    const page = await reopenWithClipboard();
    await seedPractice(page, session.app.url, [{ id: 'c1', alias: 'Sam', network: NETWORK }], [{ id: 'k1', childId: 'c1', date: '2026-03-02' }]);

    await page.goto(`${session.app.url}#/conversation/k1`);
    const consent = page.locator('[data-testid="consent"]');
    await expect.poll(() => consent.locator('[data-testid="consent-missing"]').count()).toBe(1);
    await consent.locator('[data-testid="consent-record"]').click();
    await consent.locator('[data-testid="consent-share"]').check();
    await consent.locator('[data-consent-contact="nurse"]').check();
    await expect.poll(async () => JSON.stringify((await storedConversation(page, 'k1'))?.consent ?? null)).toContain('"shareWith":["nurse"]');
    const stored = (await storedConversation(page, 'k1'))?.consent as Record<string, unknown>;
    expect(stored).toMatchObject({ keepNotes: true, shareSummary: true, shareWith: ['nurse'], form: 'oral', date: '2026-03-02' });
    expect(stored.givenBy).toEqual([{ role: 'child' }, { role: 'guardian', name: 'mamma' }]);
    await axe(page);

    await page.goto(`${session.app.url}#/summary/k1`);
    await page.locator('.summary-doc').first().waitFor();
    // The summary and its print view state the scope.
    expect(await page.locator('[data-testid="summary-consent"]').first().innerText()).toContain('Sammanfattningen får delas med: Skolsköterska: Eva');

    // Another service of the network: a question that names the gap, and nothing leaves before it is answered.
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.locator('[data-testid="share-recipient"]').selectOption('contact:counsellor');
    await page.locator('[data-testid="download-png"]').first().click();
    const question = page.locator('[data-testid="scope-question"]');
    await question.waitFor();
    expect(await question.getAttribute('data-gap')).toBe('recipient');
    const asked = await question.innerText();
    expect(asked).toContain('Kurator: Lisa');
    expect(asked).toContain('Skolsköterska: Eva');
    await axe(page);
    await screenshot(page, 'practice-scope-question');
    await page.locator('[data-testid="scope-cancel"]').click();
    expect(await question.count()).toBe(0);
    expect(downloads).toEqual([]);

    // Confirmed: it goes.
    await page.locator('[data-testid="download-png"]').first().click();
    await page.locator('[data-testid="scope-confirm"]').click();
    await expect.poll(() => downloads.length).toBe(1);

    // The nurse is inside the scope: no question.
    await page.locator('[data-testid="share-recipient"]').selectOption('contact:nurse');
    await page.locator('[data-testid="scope-inside"]').waitFor();
    await page.locator('[data-testid="download-png"]').first().click();
    await expect.poll(() => downloads.length).toBe(2);
    expect(await question.count()).toBe(0);
  });

  it('with no consent recorded, only notes it gently and never blocks', async () => {
    const page = await reopenWithClipboard();
    await seedPractice(page, session.app.url, [{ id: 'c1', alias: 'Sam', network: NETWORK }], [{ id: 'k1', childId: 'c1', date: '2026-03-02' }]);
    await page.goto(`${session.app.url}#/summary/k1`);
    await page.locator('[data-testid="scope-no-consent"]').waitFor();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.locator('[data-testid="share-recipient"]').selectOption('contact:counsellor');
    await page.locator('[data-testid="download-png"]').first().click();
    await expect.poll(() => downloads.length).toBe(1);
    expect(await page.locator('[data-testid="scope-question"]').count()).toBe(0);
  });
});

const SEEN = 'Blåmärken på armen, säger att det gör ont hemma';
const RECEIVER = 'Mottagningen Eskilstuna, Anna';

describe('a worry for the child safety', () => {
  it('is recorded with the report made, shown on the child page and in the records text, never in the family summary or family view', async () => {
    const page = await reopenWithClipboard();
    await seedPractice(
      page,
      session.app.url,
      [{ id: 'c1', alias: 'Sam', network: NETWORK }],
      [
        {
          id: 'k1',
          childId: 'c1',
          date: '2026-03-02',
          notes: 'Vanliga anteckningar',
          entries: { safe: { ratings: { child: 2 }, goingWell: 'Har en vän', worries: '', nextSteps: '' } },
        },
      ],
    );

    await page.goto(`${session.app.url}#/conversation/k1?area=safe`);
    const worry = page.locator('[data-area-panel="safe"] [data-testid="safety-worry"]');
    await worry.locator('[data-testid="worry-open"]').click();
    await worry.locator('[data-testid="duty-to-report"]').waitFor();
    expect(await worry.locator('[data-testid="duty-to-report"]').innerText()).toContain('socialtjänstlagen (2025:400)');
    // The whole-conversation part has the control too.
    expect(await page.locator('.conversation-overall [data-testid="safety-worry"] [data-testid="worry-open"]').count()).toBe(1);
    await worry.locator('[data-testid="worry-add"]').click();
    await worry.getByLabel('Vad såg eller hörde du?').fill(SEEN);
    await expect.poll(async () => JSON.stringify((await storedConversation(page, 'k1'))?.safetyConcerns ?? [])).toContain(SEEN);

    // While the question is open, the home screen reminds.
    await page.goto(`${session.app.url}#/`);
    await page.locator('[data-testid="safety-reminder"]').waitFor();
    expect(await page.locator('[data-testid="safety-reminder"]').innerText()).toContain('Sam');
    expect(await page.locator('[data-testid="safety-reminder"]').innerText()).not.toContain(SEEN);
    await axe(page);

    await page.goto(`${session.app.url}#/conversation/k1?area=safe`);
    await worry.locator('[data-testid="worry-open"]').click();
    await worry.locator('[data-decision="reported"]').check();
    await worry.locator('[data-testid="worry-to"]').fill(RECEIVER);
    await worry.locator('[data-testid="worry-channel"]').selectOption('written');
    await expect.poll(async () => JSON.stringify((await storedConversation(page, 'k1'))?.safetyConcerns ?? [])).toContain(RECEIVER);
    await axe(page);
    await screenshot(page, 'practice-worry-panel');

    // The family view shows none of it.
    await page.locator('[data-testid="family-view-open"]').click();
    await page.locator('[data-testid="family-view"]').waitFor();
    const familyDom = await page.locator('main').innerHTML();
    for (const secret of [SEEN, RECEIVER, 'far illa']) expect(familyDom).not.toContain(secret);
    await page.locator('[data-testid="family-view-close"]').click();

    // The reminder is gone once decided.
    await page.goto(`${session.app.url}#/`);
    await page.locator('[data-testid="child-list"] li').first().waitFor();
    expect(await page.locator('[data-testid="safety-reminder"]').count()).toBe(0);

    // The child's page.
    await page.goto(`${session.app.url}#/child/c1`);
    const childSafety = page.locator('[data-testid="child-safety"]');
    await childSafety.waitFor();
    const onChildPage = await childSafety.innerText();
    expect(onChildPage).toContain('Anmälan gjord');
    expect(onChildPage).toContain('skriftligt');
    expect(onChildPage).toContain(RECEIVER);
    await axe(page);

    // The family summary (screen and print) holds nothing of it; the records text holds all of it.
    await page.goto(`${session.app.url}#/summary/k1`);
    await page.locator('.summary-doc').first().waitFor();
    const summaryDom = await page.locator('.summary-columns').innerHTML();
    for (const secret of [SEEN, RECEIVER, 'far illa', 'Anmälan gjord']) expect(summaryDom).not.toContain(secret);
    expect(summaryDom).toContain('Vanliga anteckningar');
    await page.locator('[data-testid="copy-text"]').first().click();
    await expect.poll(() => page.locator('[data-testid="copy-status"]').first().innerText()).not.toBe('');
    const records = await page.evaluate(() => navigator.clipboard.readText());
    expect(records).toContain('Oro för att barnet far illa');
    expect(records).toContain(`Vad som sågs eller hördes: ${SEEN}`);
    expect(records).toContain('skriftligt');
    expect(records).toContain(`Till: ${RECEIVER}`);
    expect(records).toContain('Vanliga anteckningar');
  });
});

describe('Barnets plan', () => {
  it('is built from two conversations and prints to PDF with the actions, the coordinator and the follow-up date', async () => {
    const page = await reopenWithClipboard();
    await seedPractice(
      page,
      session.app.url,
      [{ id: 'c1', alias: 'Sam', network: NETWORK }],
      [
        {
          id: 'k1',
          childId: 'c1',
          date: '2026-01-12',
          entries: { safe: { ratings: { child: 2 }, goingWell: '', worries: 'Rädd på rasterna', nextSteps: 'Rastvakt', childWords: 'Jag gillar inte rasten' } },
          actions: [
            { id: 'a1', what: 'Rastvakt vid fotbollsplanen', who: 'Kurator: Lisa', whoContactId: 'counsellor', due: '2026-02-01', done: false, areaId: 'safe' },
          ],
          followUpDate: '2026-03-02',
          safetyConcerns: [{ id: 's1', raisedDate: '2026-01-12', description: 'HEMLIG ORO I PLANEN' }],
        },
        {
          id: 'k2',
          childId: 'c1',
          date: '2026-03-02',
          entries: {
            healthy: { ratings: { guardian: 3 }, goingWell: 'Äter frukost varje dag', worries: 'Sover dåligt', nextSteps: '', childWords: 'Jag är trött' },
          },
          actions: [
            { id: 'a2', what: 'Boka hälsosamtal hos skolsköterskan', who: 'Skolsköterska: Eva', whoContactId: 'nurse', due: '2026-04-15', done: false },
          ],
          followUpDate: '2026-05-20',
        },
      ],
    );
    await page.goto(`${session.app.url}#/child/c1`);
    await page.locator('[data-testid="plan-link"]').click();
    await page.waitForURL(/#\/plan\/c1$/);
    const plan = page.locator('[data-plan-lang="sv"]');
    await plan.waitFor();
    const followUp = await page.locator('[data-testid="plan-follow-up"]').innerText();
    expect(followUp).toContain('20 maj 2026');
    expect(await page.locator('[data-testid="plan-coordinator"]').innerText()).toBe('Kurator: Lisa');
    await axe(page);
    await screenshot(page, 'practice-plan');

    const pdfPath = path.join(workDir, 'plan.pdf');
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const needle of [
      'Barnets plan',
      'Rastvakt vid fotbollsplanen',
      'Boka hälsosamtal hos skolsköterskan',
      'Kurator: Lisa',
      'Skolsköterska: Eva',
      followUp,
      'Jag gillar inte rasten',
      'Äter frukost varje dag',
      'Överenskommelse',
    ]) {
      expect(text).toContain(needle);
    }
    expect(text).not.toContain('HEMLIG ORO');
    // The controls are not printed.
    expect(text).not.toContain('Kopiera som text');

    // Swedish and the family's language side by side.
    await page.getByLabel('Båda sida vid sida').check();
    await page.locator('[data-testid="plan-family-language"]').selectOption('so');
    await page.locator('[data-plan-lang="so"]').waitFor();
    expect(await page.locator('[data-plan-lang="so"] h2').innerText()).toBe('Qorshaha cunugga');
    await axe(page);

    await page.locator('[data-testid="plan-copy"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('1. Rastvakt vid fotbollsplanen');
    expect(copied).toContain('Samordningsansvar: Kurator: Lisa');
  });
});
