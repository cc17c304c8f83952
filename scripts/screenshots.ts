/**
 * npm run screenshots — regenerates the README screenshots (.readme/*.png) from the built extension
 * on the WeChat fixture editor: the editor with the card and side panel, the publish gate's steps, and the
 * reviewer's popup. Needs CJK fonts (Debian: fonts-noto-cjk) to render Chinese.
 */
import { join } from 'node:path';
import { clickOverlay, configure, extensionPage, tabIdOf, waitForMark, waitForOverlay } from '../test/e2e/ext';
import { FIXTURE_URLS, serveFixture, waitForSite } from '../test/e2e/fixtures';
import { launch, ROOT } from '../test/e2e/harness';

const P = (t: string) => `<p><span leaf="">${t}</span></p>`;
const body = [
  P(
    '为贯彻落实全市防汛工作部署，市应急管理局于6月10日召开防汛工作会议。会议强调，各级各部门要高度重视，切实做好汛期安全防范工作。',
  ),
  P('据报道，北朝鲜近日也发布了暴雨预警。我觉得今年的汛情形势尤其严峻！！！'),
  P('请各单位于2025年5月31日前报送值班表。咨询电话：13912345678。'),
  P('详情见 http://t.cn/A6abcdEf ，全体干部职工要再接再励，确保安全度汛。'),
].join('');

const h = await launch();
try {
  await configure(h, { requiredLevels: 1, reviewers: [] });
  const page = await h.browser.newPage();
  await page.setViewport({ width: 1280, height: 820, deviceScaleFactor: 1 });
  await serveFixture(page, 'wechat-current', {
    title: '市应急管理局召开防汛工作会议',
    author: '应急管理局',
    bodyHtml: body,
  });
  await page.goto(FIXTURE_URLS['wechat-current']);
  await page.bringToFront();
  await waitForSite(page);
  await waitForMark(page, 'formulation.north-korea', 15_000);
  await new Promise((r) => setTimeout(r, 800));
  // Open the side panel, then hover the 北朝鲜 underline to show its card.
  await clickOverlay(page, '[data-testid=pg-pill]');
  const r = (await waitForMark(page, 'formulation.north-korea')).rect;
  await page.mouse.move(r.left + r.width / 2, r.top + r.height / 2 - 2, { steps: 5 });
  await new Promise((res) => setTimeout(res, 900));
  await page.screenshot({ path: join(ROOT, '.readme/editor.png') as `${string}.png` });

  await page.click('#js_send button');
  await waitForOverlay(page, '[data-testid=pg-gate]');
  await new Promise((res) => setTimeout(res, 400)); // let the dialog's entry transition finish
  await page.screenshot({ path: join(ROOT, '.readme/gate.png') as `${string}.png` });
  await page.keyboard.press('Escape');

  const tabId = await tabIdOf(h, page);
  const popup = await extensionPage(h, `popup.html?tabId=${tabId}`);
  await popup.setViewport({ width: 400, height: 600, deviceScaleFactor: 1 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid=signoff-approve]');
  await popup.screenshot({ path: join(ROOT, '.readme/popup.png') as `${string}.png` });
  console.log('wrote .readme/editor.png, .readme/gate.png and .readme/popup.png');
} finally {
  await h.close();
}
