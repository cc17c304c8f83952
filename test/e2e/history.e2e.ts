/**
 * The records page (records.html, the history of checks and sign-offs) in real Chromium with the built extension: records are seeded straight into
 * the extension's IndexedDB from the page (raw IndexedDB API, same origin), then the test works the page like a
 * user — filters, CSV/JSON export (real downloads into a temp folder), JSON import, retention — and checks what
 * the page shows, what the files contain and what the database holds afterwards.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord, CheckRecord, SignoffRecord } from '../../lib/store/schema';
import { until, untilDefined } from '../support/until';
import { type Harness, launch } from './harness';

const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(Date.now() - days * DAY - hours * 3_600_000).toISOString();
const localDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function aCheck(uid: string, over: Partial<CheckRecord> = {}): CheckRecord {
  return {
    uid,
    kind: 'check',
    time: ago(1),
    platform: 'wechat',
    account: '某市发布',
    draftKey: `wechat:${uid}`,
    title: '关于开展安全生产大检查的通知',
    hash: `${uid.padEnd(12, '0')}${'f'.repeat(52)}`,
    chars: 300,
    counts: { block: 0, warn: 1, info: 0 },
    findings: [
      {
        ruleId: 'typo.jishi',
        category: 'typo',
        severity: 'warn',
        field: 'body',
        start: 4,
        end: 6,
        text: '既使',
        message: '疑似错别字，应为“即使”。',
        suggestions: ['即使'],
      },
    ],
    ...over,
  };
}

function aSignoff(uid: string, over: Partial<SignoffRecord> = {}): SignoffRecord {
  return {
    uid,
    time: ago(1),
    hash: 'f'.repeat(64),
    draftKey: 'wechat:c-blocked',
    platform: 'wechat',
    account: '某市发布',
    title: '六月防汛工作公告',
    reviewerId: 'r1',
    reviewer: '张三',
    level: 1,
    decision: 'approve',
    checklist: { politics: true, law: true, policy: true, secrecy: true, text: true },
    comment: '同意发布',
    ...over,
  };
}

function anAudit(uid: string, over: Partial<AuditRecord> = {}): AuditRecord {
  return {
    uid,
    time: ago(1),
    action: 'override',
    actor: '张三',
    summary: '张三放行含“禁止发布”问题的稿件：已请示',
    details: {},
    ...over,
  };
}

const SEED = {
  checks: [
    aCheck('c-plain', { time: ago(3) }),
    aCheck('c-blocked', {
      kind: 'publish',
      outcome: 'blocked',
      title: '六月防汛工作公告',
      time: ago(2),
      counts: { block: 1, warn: 0, info: 0 },
      findings: [
        {
          ruleId: 'sensitive.demo',
          category: 'sensitive',
          severity: 'block',
          field: 'body',
          start: 0,
          end: 2,
          text: '某词',
          message: '禁止使用。',
          suggestions: [],
        },
      ],
    }),
    aCheck('c-district', {
      account: '某区发布',
      title: '区政务服务中心搬迁公告',
      kind: 'publish',
      outcome: 'allowed',
      counts: { block: 0, warn: 0, info: 0 },
      findings: [],
    }),
    aCheck('c-old', { title: '一年多以前的旧稿件', time: ago(400) }),
  ],
  signoffs: [
    aSignoff('s-zhang'),
    aSignoff('s-li', {
      reviewer: '李四',
      reviewerId: 'r2',
      decision: 'reject',
      account: '某区发布',
      title: '区政务服务中心搬迁公告',
      comment: '地址需核实',
      draftKey: 'wechat:c-district',
    }),
  ],
  audit: [anAudit('a-override', { account: '某市发布' })],
};

let harness: Harness;
let downloads: string;
const pages: Page[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  harness = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'pg-downloads-'));
  const cdp = await harness.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await harness?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

async function openHistory(h: Harness = harness): Promise<Page> {
  const page = await h.browser.newPage();
  pages.push(page);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`chrome-extension://${h.extensionId}/records.html`, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="history-count"]');
  return page;
}

/** Writes raw rows into the extension's database (the page has already created it). */
async function seed(
  page: Page,
  rows: { checks?: unknown[]; signoffs?: unknown[]; audit?: unknown[] },
  clear = true,
): Promise<void> {
  await page.evaluate(
    async (rows, clear) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('publish-guard');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['checks', 'signoffs', 'audit', 'settings'], 'readwrite');
      if (clear) for (const name of ['checks', 'signoffs', 'audit', 'settings']) tx.objectStore(name).clear();
      for (const name of ['checks', 'signoffs', 'audit'] as const)
        for (const r of rows[name] ?? []) tx.objectStore(name).add(r);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    rows,
    clear,
  );
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('[data-testid="history-count"]');
}

/** Counts rows in the database directly, to check what the page did. */
function dbCounts(page: Page): Promise<{ checks: number; signoffs: number; audit: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('publish-guard');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const count = (name: string) =>
      new Promise<number>((resolve) => {
        const req = db.transaction(name).objectStore(name).count();
        req.onsuccess = () => resolve(req.result);
      });
    const out = { checks: await count('checks'), signoffs: await count('signoffs'), audit: await count('audit') };
    db.close();
    return out;
  });
}

const rows = (page: Page, testid: string) =>
  page.$$eval(`[data-testid="${testid}"]`, (els) =>
    els.map((e) => e.getAttribute('data-uid') ?? e.getAttribute('data-action') ?? ''),
  );
const text = (page: Page, sel: string) => page.$eval(sel, (e) => e.textContent ?? '');

async function select(page: Page, testid: string, value: string): Promise<void> {
  await page.select(`[data-testid="${testid}"]`, value);
}

/** Sets an <input> the way typing does (Preact listens to "input"). */
async function fill(page: Page, testid: string, value: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${testid}"]`, { timeout: 15_000 });
  await page.$eval(
    `[data-testid="${testid}"]`,
    (el, v) => {
      const input = el as HTMLInputElement;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

async function waitText(page: Page, sel: string, needle: string): Promise<string> {
  await page
    .waitForFunction((s, n) => document.querySelector(s)?.textContent?.includes(n), { timeout: 10_000 }, sel, needle)
    .catch(async () => {
      const got = await page.$eval(sel, (e) => e.textContent ?? '').catch(() => '(missing)');
      throw new Error(`${sel} never showed “${needle}”; it shows: ${got}`);
    });
  return text(page, sel);
}

/** Waits for finished downloads whose names match and returns their bytes. */
async function downloaded(pattern: RegExp, count: number): Promise<Array<{ name: string; bytes: Buffer }>> {
  // Chromium may reserve the final name with an empty file before the finished download replaces it.
  const ready = () =>
    readdirSync(downloads).filter(
      (f) => pattern.test(f) && !f.endsWith('.crdownload') && statSync(join(downloads, f)).size > 0,
    );
  const names = await until(ready, (n) => n.length >= count, `${count} finished downloads matching ${pattern}`);
  return names.map((name) => ({ name, bytes: readFileSync(join(downloads, name)) }));
}

function clearDownloads(): void {
  for (const f of readdirSync(downloads)) rmSync(join(downloads, f), { force: true });
}

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-import-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function importFile(page: Page, path: string): Promise<void> {
  const input = await page.$('[data-testid="import-file"]');
  if (!input) throw new Error('no import input');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
}

describe('history page', () => {
  it('lists records, reports corrupt ones, and narrows the tables with the filters', async () => {
    const page = await openHistory();
    await seed(page, {
      ...SEED,
      checks: [...SEED.checks, { uid: 'broken', kind: 'check', title: 'no hash, no counts' }],
    });

    expect(await text(page, '[data-testid="history-skipped"]')).toContain('已跳过 1 条损坏的记录');
    expect(await text(page, '[data-testid="history-count"]')).toContain('检查与发布记录 4 条、签发记录 2 条');
    expect(await rows(page, 'history-check-row')).toEqual(['c-district', 'c-blocked', 'c-plain', 'c-old']);

    await select(page, 'filter-account', '某区发布');
    expect(await rows(page, 'history-check-row')).toEqual(['c-district']);
    expect(await text(page, '[data-testid="tab-signoffs-count"]')).toBe('1');

    await select(page, 'filter-account', '');
    await select(page, 'filter-status', 'blocked');
    expect(await rows(page, 'history-check-row')).toEqual(['c-blocked']);
    expect(await text(page, '[data-testid="history-checks"]')).toContain('已拦截');
    await select(page, 'filter-status', 'has-block');
    expect(await rows(page, 'history-check-row')).toEqual(['c-blocked']);

    await select(page, 'filter-status', '');
    await fill(page, 'filter-text', '防汛');
    expect(await rows(page, 'history-check-row')).toEqual(['c-blocked']);
    await fill(page, 'filter-text', '既使');
    expect(await rows(page, 'history-check-row')).toEqual(['c-plain', 'c-old']);

    await page.click('[data-testid="filter-reset"]');
    await fill(page, 'filter-from', localDay(ago(30)));
    expect(await rows(page, 'history-check-row')).toEqual(['c-district', 'c-blocked', 'c-plain']);
    await fill(page, 'filter-to', localDay(ago(2)));
    expect(await rows(page, 'history-check-row')).toEqual(['c-blocked', 'c-plain']);

    await page.click('[data-testid="filter-reset"]');
    await select(page, 'filter-reviewer', '李四');
    await page.click('[data-testid="tab-signoffs"]');
    expect(await rows(page, 'history-signoff-row')).toEqual(['s-li']);
    expect(await text(page, '[data-testid="history-signoffs"]')).toContain('地址需核实');
    await page.click('[data-testid="tab-checks"]');
    expect(await rows(page, 'history-check-row')).toEqual(['c-district']);

    await page.click('[data-testid="filter-reset"]');
    await page.click('[data-testid="tab-audit"]');
    expect(await rows(page, 'history-audit-row')).toEqual(['override']);
    expect(await text(page, '[data-testid="history-audit"]')).toContain('覆盖放行');
  });

  it('exports CSV (two files) and JSON as real downloads, and logs each export', async () => {
    clearDownloads();
    const page = await openHistory();
    await seed(page, SEED);

    await page.click('[data-testid="export-csv"]');
    await waitText(page, '[data-testid="history-message"]', '已导出');
    const csv = await downloaded(/\.csv$/, 2);
    const checks = csv.find((f) => f.name.includes('检查记录'));
    const signoffs = csv.find((f) => f.name.includes('签发记录'));
    expect(checks && signoffs).toBeTruthy();
    expect([...checks!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const checksText = checks!.bytes.toString('utf8');
    expect(checksText).toContain(
      '\uFEFF时间,平台,账号,标题,内容哈希(前12位),类型,结果,禁止发布数,需注意数,建议数,问题摘要',
    );
    expect(checksText).toContain('六月防汛工作公告');
    expect(checksText).toContain('\r\n');
    expect(checksText.trimEnd().split('\r\n')).toHaveLength(1 + SEED.checks.length);
    const signoffText = signoffs!.bytes.toString('utf8');
    expect(signoffText).toContain('签发时间,平台,账号,标题,内容哈希(前12位),审核人,级别,结论,五关清单,意见');
    expect(signoffText).toContain('李四');
    expect(signoffText).toContain('地址需核实');

    // Filtered export: only the district account.
    clearDownloads();
    await select(page, 'filter-account', '某区发布');
    await page.click('[data-testid="export-json"]');
    await waitText(page, '[data-testid="history-message"]', '已导出');
    const [json] = await downloaded(/\.json$/, 1);
    const exported = JSON.parse(json!.bytes.toString('utf8'));
    expect(exported).toMatchObject({ format: 'publish-guard-history', version: 1 });
    expect(exported.checks.map((c: CheckRecord) => c.uid)).toEqual(['c-district']);
    expect(exported.signoffs.map((s: SignoffRecord) => s.uid)).toEqual(['s-li']);

    await select(page, 'filter-account', '');
    await page.click('[data-testid="tab-audit"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="history-audit-row"][data-action="export"]').length === 2,
    );
    const log = await text(page, '[data-testid="history-audit"]');
    expect(log).toContain('导出历史记录（CSV）：检查记录 4 条、签发记录 2 条');
    expect(log).toContain('导出历史记录（JSON）：检查记录 1 条、签发记录 1 条');
  });

  it('imports a JSON export: merges without duplicates; a bad file changes nothing and says why', async () => {
    clearDownloads();
    const page = await openHistory();
    await seed(page, SEED);
    await page.click('[data-testid="export-json"]');
    await waitText(page, '[data-testid="history-message"]', '已导出');
    const [json] = await downloaded(/\.json$/, 1);
    const exported = JSON.parse(json!.bytes.toString('utf8'));
    // The export itself was logged after the snapshot: the file holds the seeded records only.
    expect(exported.checks).toHaveLength(4);
    expect(exported.audit).toHaveLength(1);

    // A file from another machine: the same records plus two new checks and a new sign-off.
    const merged = {
      ...exported,
      checks: [
        ...exported.checks,
        aCheck('c-other-1', { title: '另一台电脑上的稿件' }),
        aCheck('c-other-2', { account: '某县发布' }),
      ],
      signoffs: [...exported.signoffs, aSignoff('s-other', { reviewer: '王五', reviewerId: 'r3', level: 2 })],
    };
    const before = await dbCounts(page);
    const file = tempFile('merged.json', JSON.stringify(merged));
    await importFile(page, file);
    expect(await waitText(page, '[data-testid="history-message"]', '导入完成')).toContain('新增 3 条，跳过重复 7 条');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="history-check-row"]').length === 6);
    const after = await dbCounts(page);
    expect(after).toEqual({ checks: before.checks + 2, signoffs: before.signoffs + 1, audit: before.audit + 1 });

    await importFile(page, file);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="history-message"]')?.textContent?.includes('新增 0 条'),
    );
    expect(await text(page, '[data-testid="history-message"]')).toContain('新增 0 条，跳过重复 10 条');
    expect(await dbCounts(page)).toEqual({ ...after, audit: after.audit + 1 });

    // One bad record: nothing is written, and the message names the record and field.
    const bad = {
      ...merged,
      checks: [...merged.checks, { ...aCheck('c-bad'), counts: { block: '一', warn: 0, info: 0 } }],
    };
    bad.checks[0] = { ...bad.checks[0], uid: 'c-would-be-new' };
    const beforeBad = await dbCounts(page);
    await importFile(page, tempFile('bad.json', JSON.stringify(bad)));
    const msg = await waitText(page, '[data-testid="history-message"]', '导入失败');
    expect(msg).toContain('未做任何更改');
    expect(msg).toContain('checks[6].counts.block');
    expect(await dbCounts(page)).toEqual(beforeBad);

    await importFile(page, tempFile('not-json.json', 'hello'));
    expect(await waitText(page, '[data-testid="history-message"]', '导入失败')).toContain('不是有效的 JSON 文件');
    expect(await dbCounts(page)).toEqual(beforeBad);

    await page.click('[data-testid="tab-audit"]');
    expect((await rows(page, 'history-audit-row')).filter((a) => a === 'import')).toHaveLength(2);
  });

  it('saves the retention setting, purges at once, logs it, and keeps it after a reload', async () => {
    const page = await openHistory();
    await seed(page, SEED);
    expect(await page.$eval('[data-testid="retention-days"]', (e) => (e as HTMLInputElement).value)).toBe('730');

    await fill(page, 'retention-days', '30');
    await page.click('[data-testid="retention-save"]');
    expect(await waitText(page, '[data-testid="retention-confirm"]', '将立即删除')).toContain('1 条');
    await page.click('[data-testid="retention-confirm-yes"]');
    expect(await waitText(page, '[data-testid="retention-result"]', '已保存')).toContain(
      '保留 30 天，清理过期记录 1 条',
    );
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="history-check-row"]').length === 3);

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid="history-count"]');
    expect(await page.$eval('[data-testid="retention-days"]', (e) => (e as HTMLInputElement).value)).toBe('30');
    expect(await rows(page, 'history-check-row')).not.toContain('c-old');
    await page.click('[data-testid="tab-audit"]');
    expect(await text(page, '[data-testid="history-audit"]')).toContain(
      '保留期限由 730 天改为 30 天，清理过期记录 1 条',
    );

    await fill(page, 'retention-days', '0');
    await page.click('[data-testid="retention-save"]');
    await waitText(page, '[data-testid="retention-result"]', '永久保留');
    // Wait until the page has reloaded the saved setting (it resets the field), then type garbage.
    await waitText(page, '[data-testid="history-retention"]', '当前：永久保留');
    await page.waitForSelector('[data-testid="retention-save"]:not([disabled])');
    await fill(page, 'retention-days', 'abc');
    await page.click('[data-testid="retention-save"]');
    await waitText(page, '[data-testid="history-retention"]', '请填写整数天数');
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-testid="history-count"]');
    expect(await page.$eval('[data-testid="retention-days"]', (e) => (e as HTMLInputElement).value)).toBe('0');
  });
});

describe('retention floor (attack: a 1-day retention wiping the review trail)', () => {
  it('keeps sign-offs, publish records and audit records at least 180 days, and unpublished sign-offs always', async () => {
    const page = await openHistory();
    const H = (c: string) => c.repeat(64);
    await seed(page, {
      checks: [
        aCheck('c-plain-old', { time: ago(10) }),
        aCheck('c-pub-recent', {
          kind: 'publish',
          outcome: 'allowed',
          draftKey: 'd-recent',
          hash: H('1'),
          time: ago(20),
        }),
        aCheck('c-pub-ancient', {
          kind: 'publish',
          outcome: 'overridden',
          draftKey: 'd-old',
          hash: H('2'),
          time: ago(299),
        }),
      ],
      signoffs: [
        aSignoff('s-recent', { draftKey: 'd-recent', hash: H('1'), time: ago(21) }),
        aSignoff('s-published-ancient', { draftKey: 'd-old', hash: H('2'), time: ago(300) }),
        aSignoff('s-unpublished-ancient', { draftKey: 'd-waiting', hash: H('3'), time: ago(900) }),
      ],
      audit: [anAudit('a-recent', { time: ago(100) }), anAudit('a-ancient', { time: ago(400) })],
    });
    expect(await text(page, '[data-testid="retention-floor"]')).toContain('至少保留 180 天');

    await fill(page, 'retention-days', '1');
    await page.click('[data-testid="retention-save"]');
    // c-plain-old, the published sign-off and its publish record past the floor, the old audit record.
    expect(await waitText(page, '[data-testid="retention-confirm"]', '将立即删除')).toContain('4 条');
    await page.click('[data-testid="retention-confirm-yes"]');
    expect(await waitText(page, '[data-testid="retention-result"]', '已保存')).toContain('清理过期记录 4 条');
    // Two sign-offs and one publish record remain; of the seeded audit records only the recent one.
    expect(await dbCounts(page)).toMatchObject({ checks: 1, signoffs: 2 });
    const auditUids = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('publish-guard');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = await new Promise<Array<{ uid: string }>>((resolve) => {
        const req = db.transaction('audit').objectStore('audit').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return all.map((a) => a.uid);
    });
    expect(auditUids).toContain('a-recent');
    expect(auditUids).not.toContain('a-ancient');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="history-check-row"]').length === 1);
    expect(await rows(page, 'history-check-row')).toEqual(['c-pub-recent']);
    await page.click('[data-testid="tab-signoffs"]');
    await page.waitForSelector('[data-testid="history-signoff-row"]');
    expect((await rows(page, 'history-signoff-row')).sort()).toEqual(['s-recent', 's-unpublished-ancient']);
  });
});

describe('background retention', () => {
  it('schedules the daily purge alarm', async () => {
    const target = await harness.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${harness.extensionId}/`),
    );
    const worker = await target.worker();
    if (!worker) throw new Error('no background service worker');
    const alarm = await untilDefined('the pg-retention alarm', () =>
      worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<unknown> } } }).chrome;
        return (await c.alarms.get('pg-retention')) ?? undefined;
      }),
    );
    expect(alarm).toMatchObject({ name: 'pg-retention', periodInMinutes: 1440 });
  });
});

describe('persistence across a browser restart', () => {
  let profile: string | undefined;

  afterAll(() => {
    if (profile && existsSync(profile)) rmSync(profile, { recursive: true, force: true });
  });

  it('keeps imported records after Chromium is closed and started again with the same profile', async () => {
    profile = mkdtempSync(join(tmpdir(), 'pg-profile-fixed-'));
    const first = await launch({ userDataDir: profile });
    try {
      const page = await openHistory(first);
      const file = tempFile(
        'restart.json',
        JSON.stringify({ format: 'publish-guard-history', version: 1, exportedAt: new Date().toISOString(), ...SEED }),
      );
      await importFile(page, file);
      expect(await waitText(page, '[data-testid="history-message"]', '导入完成')).toContain('新增 7 条，跳过重复 0 条');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="history-check-row"]').length === 4);
      pages.splice(pages.indexOf(page), 1);
      await page.close();
    } finally {
      await first.close({ keepProfile: true });
    }

    const second = await launch({ userDataDir: profile });
    try {
      const page = await openHistory(second);
      expect(await rows(page, 'history-check-row')).toEqual(['c-district', 'c-blocked', 'c-plain', 'c-old']);
      expect(await text(page, '[data-testid="history-checks"]')).toContain('六月防汛工作公告');
      expect(await dbCounts(page)).toEqual({ checks: 4, signoffs: 2, audit: 2 });
      await page.click('[data-testid="tab-audit"]');
      expect(await text(page, '[data-testid="history-audit"]')).toContain('导入历史记录“restart.json”：新增 7 条');
      pages.splice(pages.indexOf(page), 1);
      await page.close();
    } finally {
      await second.close();
    }
  });
});
