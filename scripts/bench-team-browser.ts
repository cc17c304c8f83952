// The team figures measured in the built extension in real Chromium (two profiles, see test/e2e/team.e2e.ts):
// approve in the reviewer's 审核队列 → the editor's gate allows, and the queue page with N pending drafts.
import type { Page } from 'puppeteer';
import { makeSubmission } from '../lib/team/docs';
import { openRemote } from '../lib/team/replicate';
import { extensionPage, overlayText, tabIdOf, until, waitForOverlay } from '../test/e2e/ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from '../test/e2e/fixtures';
import { type Harness, launch } from '../test/e2e/harness';
import { NodePouch } from '../test/helpers/pouch';
import type { TeamTestServer } from '../test/helpers/team-server';
import { table } from './print-table';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function connect(h: Harness, team: TeamTestServer, user: string): Promise<void> {
  const page = await extensionPage(h, 'options.html#team');
  await page.waitForSelector('[data-testid=team-form]');
  const login = team.as(user);
  await page.type('[data-testid=team-url]', login.url);
  await page.type('[data-testid=team-db]', login.db);
  await page.type('[data-testid=team-username]', login.username);
  await page.type('[data-testid=team-password]', login.password);
  await page.click('[data-testid=team-connect]');
  await page.waitForSelector('[data-testid=team-connected]', { timeout: 30_000 });
  await page.close();
}

const sendMessage = (page: Page, type: string) =>
  page.evaluate(
    (t) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ pg: 1, type: t, payload: {} }),
    type,
  );

export async function browserFigures(team: TeamTestServer, opts: { runs: number; pending: number }): Promise<void> {
  const step = (what: string) => process.env.BENCH_DEBUG && console.error(what);
  const [editorH, reviewerH] = await Promise.all([launch(), launch()]);
  try {
    step('launched');
    await connect(editorH, team, 'editor1');
    await connect(reviewerH, team, 'rev1');
    step('connected');
    const editor = await editorH.browser.newPage();
    await editor.setViewport({ width: 1280, height: 900 });
    await serveFixture(editor, 'wechat-current', {
      title: '基准稿件',
      bodyHtml: '<p><span leaf="">市应急管理局将于近期组织防汛应急演练。</span></p>',
    });
    await editor.goto(FIXTURE_URLS['wechat-current']);
    await waitForSite(editor);
    await waitForOverlay(editor, '[data-testid=pg-status]', 30_000);
    const editorExt = await extensionPage(editorH, 'queue.html');
    const queue = await extensionPage(reviewerH, 'queue.html');
    await queue.waitForSelector('[data-testid=queue-list]');

    step('editor page ready');
    // 1. Approve → the editor's gate allows (after the editor's next sync trigger, here fired right away).
    const approveToGate: number[] = [];
    const done = new Set<string>();
    for (let i = 0; i < opts.runs; i++) {
      await editor.bringToFront();
      step('clicking');
      await editor.click('#ueditor_0 .ProseMirror');
      await editor.keyboard.press('End');
      await editor.keyboard.type(`第${i}次。`);
      await until(
        () => overlayText(editor, '[data-testid=pg-status]'),
        (t) => t !== '已签发' && t !== null,
        'a new unapproved version',
      );
      step('typed');
      const tabId = await tabIdOf(editorH, editor);
      const popup = await extensionPage(editorH, `popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid=team-submit]', { timeout: 30_000 });
      await popup.click('[data-testid=team-submit]');
      await popup.waitForFunction(
        () => document.querySelector('[data-testid=team-review-status]')?.textContent?.startsWith('待审核'),
        { timeout: 30_000, polling: 50 },
      );
      await popup.close();
      step('submitted');
      await queue.bringToFront();
      const hash = await until(
        async () => {
          await sendMessage(queue, 'team/sync');
          await queue.click('[data-testid=queue-tab-all]');
          return queue.$$eval('[data-testid=queue-row]', (rows) =>
            rows.filter((r) => r.textContent?.includes('基准稿件')).map((r) => r.getAttribute('data-hash') ?? ''),
          );
        },
        (rows) => rows.some((h) => !done.has(h)),
        'the submission in the queue',
        30_000,
      ).then((rows) => rows.find((h) => !done.has(h))!);
      done.add(hash);
      await queue.click(`[data-testid=queue-row][data-hash="${hash}"]`);
      await queue.waitForSelector('[data-testid=queue-check-text]');
      for (const k of ['politics', 'law', 'policy', 'secrecy', 'text'])
        await queue.click(`[data-testid=queue-check-${k}]`);
      step('checked');
      const t0 = performance.now();
      await queue.click('[data-testid=queue-approve]');
      await queue.waitForFunction(
        () => document.querySelector('[data-testid=queue-result]')?.textContent === '已签发',
        {
          timeout: 30_000,
        },
      );
      await sendMessage(editorExt, 'team/sync');
      await until(
        () => overlayText(editor, '[data-testid=pg-status]'),
        (t) => t === '已签发',
        'the editor gate to allow',
        30_000,
      );
      approveToGate.push(performance.now() - t0);
      console.error(`approve → gate run ${i}: ${ms(approveToGate.at(-1)!)}`);
    }

    // 2. The queue page with N pending drafts (pushed to the server by another editor's replica).
    const remote = openRemote(NodePouch, team.as('editor1'));
    const body = '市政府召开常务会议，研究部署防汛工作。'.repeat(100);
    for (let i = 0; i < opts.pending; i += 100) {
      const docs = Array.from({ length: Math.min(100, opts.pending - i) }, (_, j) =>
        makeSubmission({
          draft: { platform: 'wechat', title: `待审稿件 ${i + j}`, body: `${body}${i + j}` },
          draftKey: `bench-queue-${i + j}`,
          submitter: 'editor1',
          requiredLevels: 1,
          findings: [],
        }),
      );
      await (remote as unknown as { bulkDocs(d: unknown[]): Promise<unknown> }).bulkDocs(docs);
    }
    console.error(`pushed ${opts.pending} submissions`);
    const loads: number[] = [];
    let shownTotal = 0;
    for (let i = 0; i < 5; i++) {
      const page = await reviewerH.browser.newPage();
      const t0 = performance.now();
      await page.goto(`chrome-extension://${reviewerH.extensionId}/queue.html`);
      await page.waitForFunction(
        (n) =>
          Number(document.querySelector('[data-testid=queue-list]')?.getAttribute('data-total') ?? 0) >= n &&
          document.querySelectorAll('[data-testid=queue-row]').length > 0,
        { timeout: 120_000, polling: 20 },
        opts.pending,
      );
      loads.push(performance.now() - t0);
      shownTotal = Number(await page.$eval('[data-testid=queue-list]', (e) => e.getAttribute('data-total')));
      console.error(`queue open ${i}: ${ms(loads.at(-1)!)}`);
      await page.close();
    }
    table(
      'Team review in real Chromium (built extension, two profiles, pouchdb-server on 127.0.0.1)',
      ['measure', 'median', 'runs / detail'],
      [
        [
          "approve in the reviewer's queue → editor's gate allows (editor sync fired at once)",
          ms(median(approveToGate)),
          `${opts.runs} runs; min ${ms(Math.min(...approveToGate))}, max ${ms(Math.max(...approveToGate))}`,
        ],
        [
          `queue page with ${shownTotal} pending (${opts.pending} pushed here + earlier runs): open → first rows and total shown`,
          ms(median(loads)),
          `${loads.length} opens; max ${ms(Math.max(...loads))}; 50 rows per page`,
        ],
      ],
    );
  } finally {
    await editorH.close();
    await reviewerH.close();
  }
}
