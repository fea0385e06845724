// Issue 17: the what-if page end to end, in a real browser (headless Chromium driven by playwright-core),
// served by `budget-whatif serve`'s server from a fresh build of the page. The figures the page shows are
// checked against the CLI's and the library's, and against hand calculations.
//
// Needs Chromium (see tests/helpers/chromium.ts); skipped with a message without it, failed in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from '../../scripts/lib/buildPage';
import { startServer, type PageServer } from '../../src/cli/commands/serve';
import { resultToCsv } from '../../src/reports/index';
import {
  evaluate,
  getScenario,
  parseScenario,
  parseScenarioText,
  scenarioFor,
  withOverrides,
} from '../../src/scenarios/index';
import { simulate } from '../../src/uncertainty/index';
import { variedInputs } from '../../page/src/simulation';
import { browserSuiteRuns, CHROMIUM, CHROMIUM_HOW } from '../helpers/chromium';
import { cli } from '../helpers/cli';
import { BAD_DEFLATOR_YAML } from '../helpers/scenarios';

const runs = browserSuiteRuns('the what-if page in a real browser');

describe.runIf(runs)(`the what-if page in a real browser (${CHROMIUM_HOW})`, { timeout: 90_000 }, () => {
  let dir = '';
  let server: PageServer | undefined;
  let browser: Browser | undefined;
  /** What went wrong in the page, and every request it made: none may leave the server. */
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    expect(CHROMIUM, `REQUIRE_CHROMIUM=1 but Chromium is missing: ${CHROMIUM_HOW}`).toBeDefined();
    dir = mkdtempSync(path.join(tmpdir(), 'budget-whatif-page-'));
    await buildPage(dir);
    server = await startServer({ root: dir, host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM ?? 'chromium', args: ['--no-sandbox'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    expect(problems, problems.join('\n')).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server?.url ?? '?'))).toEqual([]);
  });

  async function open(
    hash = '',
    viewport = { width: 1280, height: 900 },
  ): Promise<{ page: Page; context: BrowserContext }> {
    const context = await (browser as Browser).newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server?.url ?? ''}${hash}`);
    await page.locator('#chart-spending svg').waitFor();
    return { page, context };
  }

  /** A link opened in a new browser context, as another reader would, once its first chart is drawn. */
  async function openLink(link: string): Promise<{ page: Page; context: BrowserContext }> {
    const context = await (browser as Browser).newContext();
    const page = await context.newPage();
    await page.goto(link);
    await page.locator('#chart-spending svg').waitFor();
    return { page, context };
  }

  /** The text of a report cell: table (by title's start), row, column. */
  const cell = (page: Page, table: string, row: string, column: string) =>
    page.locator(`[data-table^="${table}"] tr[data-row="${row}"] td[data-col="${column}"]`);
  const defence2030 = (page: Page) => cell(page, 'GDP and defence spending', '2030', 'Defence');

  /** Wait until the page has redrawn after a change (its status names the time the numbers took). */
  async function changed(page: Page, act: () => Promise<unknown>): Promise<void> {
    // Polled from outside: the page's Content-Security-Policy forbids the eval waitForFunction would need.
    const count = (): Promise<number> =>
      page.evaluate(() => (globalThis as unknown as { whatif: { timings: unknown[] } }).whatif.timings.length);
    const before = await count();
    await act();
    await expect.poll(count).toBeGreaterThan(before);
  }

  it('at 6% of GDP in every year it shows the 2030 defence figure of `budget-whatif run lithuania-6pct`', async () => {
    const { page, context } = await open();
    // The CLI's report of the built-in 6% scenario, its 2030 row: year, GDP, defence, share, USD.
    const ran = await cli(['run', 'lithuania-6pct']);
    const row = ran.stdout
      .split('\n')
      .find((line) => line.startsWith('2030 '))
      ?.trim()
      .split(/\s+/);
    expect(row?.[2]).toBe('6,513.4');
    // Moved by keyboard: the slider from the baseline's 5.5% up five steps of 0.1.
    await page.locator('#share').focus();
    for (let step = 0; step < 5; step++) await changed(page, () => page.keyboard.press('ArrowRight'));
    expect(await page.locator('#share-value').inputValue()).toBe('6');
    expect(await defence2030(page).textContent()).toBe(row?.[2]);
    // To the cent: 6% of the 2030 GDP the CLI prints (108,556,440,993.61): 6,513,386,459.6166, rounded half-even.
    const csv = (await cli(['run', 'lithuania-6pct', '--format', 'csv'])).stdout.split('\n');
    expect(csv.find((line) => line.startsWith('2030,'))?.split(',')[1]).toBe('108556440993.61');
    await changed(page, () => page.selectOption('#unit-select', 'one'));
    expect(await defence2030(page).textContent()).toBe('6,513,386,459.62');
    expect(await defence2030(page).getAttribute('data-value')).toBe('6513386459.62');
    // The override is listed with its value before and after.
    const change = page.locator('#changes tr[data-path="defence.shareOfGdp"] td');
    expect(await change.allTextContents()).toEqual(['{"default":"0.055"}', '{"default":"0.06"}']);
    await context.close();
  });

  it('a link copied from the page, opened in a new browser context, shows the same scenario and numbers', async () => {
    const { page, context } = await open();
    await changed(page, () => page.fill('#share-value', '6'));
    await changed(page, () => page.fill('#growth-value', '2'));
    await changed(page, () => page.fill('#overrun-value', '20'));
    await changed(page, () => page.fill('#plan-end', '2036'));
    await changed(page, () => page.selectOption('#unit-select', 'one'));
    const link = await page.locator('#share-link').inputValue();
    const numbers = await page.locator('#report td').allTextContents();
    const changes = await page.locator('#changes tr').allTextContents();
    await context.close();

    const { page: again, context: fresh } = await openLink(link);
    expect(await again.locator('#report td').allTextContents()).toEqual(numbers);
    expect(await again.locator('#changes tr').allTextContents()).toEqual(changes);
    expect(await again.locator('#share-value').inputValue()).toBe('6');
    expect(await again.locator('#overrun-value').inputValue()).toBe('20');
    // The same variant as the library makes from the same overrides: the plan's total 1.1bn × 1.2.
    expect(await cell(again, 'Lithuania border', 'Total', 'Total').textContent()).toBe('1,320,000,000.00');
    await fresh.close();
  });

  it('any ally: Poland’s starter scenario in złoty, as `init --country PL --share 3.5%` then `run` prints it', async () => {
    const { page, context } = await open();
    await changed(page, () => page.selectOption('#ally-select', 'PL'));
    expect(await page.locator('#intro h3').textContent()).toBe('Poland at 3.5% of GDP');
    // The CLI's report of the same starter scenario, its 2030 row: year, GDP, defence, share, USD.
    const written = await cli(['init', '--country', 'PL', '--share', '3.5%', '--out', 'pl.json']);
    const ran = await cli(['run', 'pl.json'], { files: Object.fromEntries(written.files) });
    const row = ran.stdout
      .split('\n')
      .find((line) => line.startsWith('2030 '))
      ?.trim()
      .split(/\s+/);
    expect(ran.stdout).toContain('in PLN');
    expect(await defence2030(page).textContent()).toBe(row?.[2]);
    // By hand, to the grosz: 3.5% of the 2030 GDP the library gives, rounded half-even (6 in decimal.js).
    const gdp = evaluate(scenarioFor('PL', { share: '3.5%' })).gdp[2030]?.amount;
    await changed(page, () => page.selectOption('#unit-select', 'one'));
    expect(await defence2030(page).getAttribute('data-value')).toBe(
      gdp?.times('0.035').toDecimalPlaces(2, 6).toFixed(2),
    );
    await changed(page, () => page.selectOption('#unit-select', 'million'));
    // The slider moves the ally's share as it does a built-in's; the link carries the ally and the change.
    await changed(page, () => page.fill('#share-value', '5'));
    const link = await page.locator('#share-link').inputValue();
    expect(new URL(link).hash).toMatch(/^#ally=PL&set=defence\.shareOfGdp/);
    const numbers = await page.locator('#report td').allTextContents();
    await context.close();
    const { page: again, context: fresh } = await openLink(link);
    expect(await again.locator('#report td').allTextContents()).toEqual(numbers);
    expect(await again.locator('#ally-select').inputValue()).toBe('PL');
    await fresh.close();
  });

  it('an ally the dataset cannot start says why, and keeps the scenario shown', async () => {
    const { page, context } = await open();
    const before = await defence2030(page).textContent();
    await changed(page, () => page.selectOption('#ally-select', 'BG'));
    expect(await page.locator('#scenario-errors').textContent()).toContain('the dataset has no GDP for Bulgaria');
    expect(await defence2030(page).textContent()).toBe(before);
    expect(await page.locator('#ally-select').inputValue()).toBe(''); // not Bulgaria: its figures are not shown
    // A link to an ally the dataset does not have is refused by name; the default scenario is shown.
    await context.close();
    const { page: linked, context: other } = await open('#ally=XX');
    expect(await linked.locator('#scenario-errors').textContent()).toMatch(/^The link could not be read: .*"XX"/);
    await other.close();
  });

  it('a malformed file shows each problem with its line and path, keeps the text, and keeps the last good figures', async () => {
    const { page, context } = await open();
    const before = await defence2030(page).textContent();
    const text = BAD_DEFLATOR_YAML;
    await page.setInputFiles('#scenario-file', { name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    const errors = page.locator('#scenario-errors li');
    await errors.first().waitFor();
    const shown = await errors.allTextContents();
    expect(shown.some((line) => line.startsWith('line 8:') && line.includes('economy.gdp.deflator.default'))).toBe(
      true,
    );
    expect(await page.locator('#scenario-text').inputValue()).toBe(text);
    expect(await defence2030(page).textContent()).toBe(before);
    // Not even YAML: the line is still named.
    await page.fill('#scenario-text', 'name: [unclosed\ncurrency: EUR\n');
    await page.click('#scenario-apply');
    await expect
      .poll(() => page.locator('#scenario-errors li').first().textContent())
      .toMatch(/^line \d+:\d+, not valid YAML/);
    expect(await page.locator('#scenario-text').inputValue()).toBe('name: [unclosed\ncurrency: EUR\n');
    // A good file after them is taken, and the errors go.
    const good = text.replace('"abc"', '"2.5%"');
    await changed(page, () =>
      page.setInputFiles('#scenario-file', { name: 'good.yaml', mimeType: 'text/yaml', buffer: Buffer.from(good) }),
    );
    expect(await page.locator('#scenario-errors').isHidden()).toBe(true);
    expect(await page.locator('#intro h3').textContent()).toBe('Bad deflator');
    await changed(page, () => page.selectOption('#unit-select', 'one'));
    const expected = evaluate(parseScenarioText(good)).defence.byYear[2030]?.amount.toFixed();
    expect(await defence2030(page).getAttribute('data-value')).toBe(expected);
    await context.close();
  });

  it('a value out of range, or a plan ending before it starts, is refused beside the inputs; the figures stay', async () => {
    const { page, context } = await open();
    const before = await defence2030(page).textContent();
    await page.fill('#share-value', '150');
    await expect
      .poll(() => page.locator('#override-errors').textContent())
      .toMatch(/^Share of GDP, every year \(%\), exact: .*100.* Nothing was changed\.$/);
    expect(await defence2030(page).textContent()).toBe(before);
    await page.fill('#plan-end', '2020');
    await expect
      .poll(() => page.locator('#override-errors').textContent())
      .toMatch(/^plans\[0\]\.years\.to: the years run back/);
    expect(await defence2030(page).textContent()).toBe(before);
    expect(await page.locator('#changes tr[data-path]').count()).toBe(0);
    // A good value clears the problem.
    await changed(page, () => page.fill('#plan-end', '2036'));
    expect(await page.locator('#override-errors').isHidden()).toBe(true);
    await context.close();
  });

  it('a link to a file’s scenario carries its text: a new context shows the same scenario and numbers', async () => {
    const { page, context } = await open();
    const text = JSON.stringify({ ...getScenario('lithuania-5pct'), name: 'From a file' });
    await changed(page, () =>
      page.setInputFiles('#scenario-file', {
        name: 'mine.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      }),
    );
    await changed(page, () => page.fill('#deflator-value', '3'));
    const link = await page.locator('#share-link').inputValue();
    expect(link).toContain('#text=');
    const numbers = await page.locator('#report td').allTextContents();
    await context.close();
    const { page: again, context: fresh } = await openLink(link);
    // The file's name, and that its figures are of it as changed (the deflator, below).
    expect(await again.locator('#intro h3').textContent()).toBe('From a file, with 1 override');
    expect(await again.locator('#report td').allTextContents()).toEqual(numbers);
    expect(await again.locator('#changes tr[data-path="economy.gdp.deflator.default"] td').allTextContents()).toEqual([
      '0.025',
      '0.03',
    ]);
    await fresh.close();
  });

  it('a path of shares and a share for one year: each year as a hand calculation gives it', async () => {
    const { page, context } = await open();
    await page.check('#share-mode-path');
    await changed(page, async () => {
      await page.fill('#path-from-year', '2027');
      await page.fill('#path-from', '5');
      await page.fill('#path-to-year', '2030');
      await page.fill('#path-to', '6');
    });
    // 5% in 2027 to 6% in 2030: a third of a point a year.
    const shares = await Promise.all(
      ['2027', '2028', '2029', '2030', '2035'].map((year) =>
        cell(page, 'GDP and defence spending', year, 'Share of GDP').textContent(),
      ),
    );
    expect(shares).toEqual(['5.00%', '5.33%', '5.67%', '6.00%', '6.00%']);
    expect(await cell(page, 'GDP and defence spending', '2025', 'Share of GDP').textContent()).toBe('2.91%');
    await page.check('#share-mode-years');
    await changed(page, () => page.fill('#share-year-2031', '7'));
    expect(await cell(page, 'GDP and defence spending', '2031', 'Share of GDP').textContent()).toBe('7.00%');
    expect(await cell(page, 'GDP and defence spending', '2032', 'Share of GDP').textContent()).toBe('6.00%');
    await context.close();
  });

  it('downloads the variant, its report, a workbook and the charts', async () => {
    const { page, context } = await open();
    await changed(page, () => page.fill('#share-value', '6'));
    const saved = async (selector: string): Promise<Buffer> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      const file = await download.path();
      const { readFileSync } = await import('node:fs');
      return readFileSync(file);
    };
    const json = JSON.parse((await saved('button[data-download="scenario.json"]')).toString('utf8')) as unknown;
    const variant = parseScenario(json);
    expect(variant.changes?.map((change) => change.path)).toEqual(['defence.shareOfGdp']);
    const csv = (await saved('button[data-download="report.csv"]')).toString('utf8');
    const same = withOverrides(
      getScenario('lithuania-baseline'),
      [{ path: 'defence.shareOfGdp', value: { default: '0.06' } }],
      { from: 'page' },
    );
    expect(csv).toBe(resultToCsv(evaluate(same)));
    expect((await saved('button[data-download="report.md"]')).toString('utf8')).toMatch(/^# Lithuania baseline/);
    expect((await saved('button[data-download="scenario.yaml"]')).toString('utf8')).toMatch(
      /^name: "Lithuania baseline/,
    );
    expect((await saved('button[data-download="report.xlsx"]')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await saved('[data-chart="spending"] button:first-of-type')).toString('utf8')).toContain('<svg');
    expect((await saved('[data-chart="share"] button:last-of-type')).subarray(1, 4).toString('latin1')).toBe('PNG');
    await context.close();
  });

  it('runs a simulation to completion in a worker, and cancels another while the page stays responsive', async () => {
    const { page, context } = await open();
    await page.fill('#sim-trials', '2000');
    await page.fill('#sim-seed', '7');
    await page.click('#sim-run');
    await expect
      .poll(() => page.locator('#sim-status').textContent(), { timeout: 60_000 })
      .toMatch(/^Done: 2,000 trials/);
    await page.locator('#chart-fan svg').waitFor();
    // The odds shown are the library's for the same variant, inputs and seed.
    const scenario = getScenario('lithuania-baseline');
    const result = simulate(scenario, {
      trials: 2000,
      seed: 7,
      inputs: Object.fromEntries(variedInputs(scenario).map((input) => [input.path, input.spec])),
    });
    const odds = result.targets
      .find((target) => target.id === 'nato-hague-total-5pct')
      ?.rows.find((row) => row.year === 2030);
    const shown = page.locator('[data-table="odds"] tr[data-row="2030"] td[data-col="nato-hague-total-5pct"]');
    expect(await shown.getAttribute('data-value')).toBe(odds?.probability.toFixed());

    await page.fill('#sim-trials', '5000000');
    await page.click('#sim-run');
    await expect.poll(() => page.locator('#sim-status').textContent(), { timeout: 60_000 }).toMatch(/^Running: [1-9]/);
    // While it runs, a change still redraws the numbers at once.
    await changed(page, () => page.fill('#share-value', '6'));
    expect(await defence2030(page).textContent()).toBe('6,513.4');
    expect(await page.locator('#sim-cancel').isEnabled()).toBe(true);
    await page.click('#sim-cancel');
    expect(await page.locator('#sim-status').textContent()).toMatch(/^Cancelled at \d+% of the trials/);
    expect(await page.locator('#sim-run').isEnabled()).toBe(true);
    await context.close();
  });

  it('every control is labelled, and the page fits a phone’s width', async () => {
    const { page, context } = await open('', { width: 390, height: 844 });
    // Plain JavaScript, read in the page (the tests' types have no DOM).
    const unlabelled = await page.evaluate<string[]>(`[...document.querySelectorAll('input, select, textarea, button')]
      .filter((control) => {
        const named = control.getAttribute('aria-label') ?? control.getAttribute('aria-labelledby') ?? '';
        const text = control.tagName === 'BUTTON' ? (control.textContent ?? '').trim() : '';
        return (control.labels === undefined || control.labels.length === 0) && named === '' && text === '';
      })
      .map((control) => control.id || control.outerHTML.slice(0, 60))`);
    expect(unlabelled).toEqual([]);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
