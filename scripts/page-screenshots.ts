// Screenshots of the what-if page for docs/guide.md, at a laptop's width and a phone's: the baseline with
// the share moved to 6%, as a reader would. `npm run build && npm run docs:screenshots` (needs Chromium).
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../src/cli/commands/serve';

const root = path.resolve(import.meta.dirname, '..');
const server = await startServer({ root: path.join(root, 'dist', 'page'), host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const [name, viewport] of [
    ['page-laptop', { width: 1366, height: 900 }],
    ['page-phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(
      `${server.url}#scenario=lithuania-baseline&set=${encodeURIComponent('defence.shareOfGdp={"default":"0.06"}')}`,
    );
    await page.locator('#chart-plan svg').waitFor();
    await page.waitForTimeout(300);
    const file = path.join(root, 'docs', 'images', `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${path.relative(root, file)}`);
    if (viewport.width < 600) {
      // On a phone the outputs follow the inputs: the numbers, with the headline kept in view.
      await page.locator('#report-main').scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, -60);
      const results = path.join(root, 'docs', 'images', `${name}-results.png`);
      await page.screenshot({ path: results, fullPage: false });
      console.log(`wrote ${path.relative(root, results)}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
