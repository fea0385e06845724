// The what-if page in headless Chromium (Debian's, driven by playwright-core): from an input event (the
// share slider moved by the keyboard, as a reader moves it) to the numbers redrawn, and to the charts
// redrawn, as the page itself times them (performance.now() from the event's timeStamp). Targets (issue
// 17): numbers ≤ 16 ms (one frame), charts ≤ 100 ms. Needs `npm run build` (dist/page) and Chromium.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../src/cli/commands/serve';

const CHROMIUM = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
  (file): file is string => file !== undefined && existsSync(file),
);

interface Timing {
  numbers: number;
  charts?: number;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export async function benchPage(changes = 60, warmup = 15): Promise<void> {
  console.log('\n### The what-if page (headless Chromium)\n');
  if (CHROMIUM === undefined) {
    console.log('- skipped: no Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
    return;
  }
  const server = await startServer({
    root: path.join(import.meta.dirname, '..', 'dist', 'page'),
    host: '127.0.0.1',
    port: 0,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loadStart = Date.now();
    await page.goto(server.url);
    await page.locator('#chart-spending svg').waitFor();
    const loaded = Date.now() - loadStart;
    const timings = (): Promise<Timing[]> =>
      page.evaluate(() => (globalThis as unknown as { whatif: { timings: Timing[] } }).whatif.timings);
    await page.locator('#share').focus();
    for (let i = 0; i < warmup + changes; i++) {
      const before = (await timings()).length;
      // Up and down the slider, 0.1 point a step, between 5.5% and 6.5%.
      await page.keyboard.press(Math.floor(i / 10) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      for (;;) {
        const now = await timings();
        if (now.length > before && now[now.length - 1]?.charts !== undefined) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    const measured = (await timings()).slice(-changes);
    const numbers = measured.map((timing) => timing.numbers);
    const charts = measured.map((timing) => timing.charts ?? Number.NaN);
    const line = (label: string, values: readonly number[], target: number): void => {
      const median = quantile(values, 0.5);
      console.log(
        `- input → ${label}: median ${median.toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms over ${String(values.length)} changes (target ≤ ${String(target)} ms: ${(median / target).toFixed(2)}× the budget)`,
      );
    };
    line('numbers', numbers, 16);
    line('charts', charts, 100);
    console.log(`- first load to the first chart drawn: ${String(loaded)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}
