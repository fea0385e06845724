import { lithuania } from '../../data/lithuania/dataset';
import { TARGETS } from '../../data/targets';
import { isAlly } from '../../data/nato/natoShares';
import { BUILTIN_SCENARIOS, getScenario, scenarioFor, scenarioJsonSchema, type Scenario } from '../../scenarios/index';
import { list, parse, SET, text } from '../args';
import { applySets } from '../load';
import { UsageError, type CliIo } from '../io';
import { isBudgetWhatIfError } from '../../errors/isBudgetWhatIfError';
import { emit } from '../output';

/** The help of the command. @internal */
export const SCHEMA_HELP = `Usage: budget-whatif schema [--out <file>]

Print the JSON Schema of the scenario file, for editors: point a scenario's "$schema" at it
to get completion and checks as you type.
`;

/** The help of the command. @internal */
export const INIT_HELP = `Usage: budget-whatif init [--from <name> | --country <code> --share <s>] [--set <path=v>] [--out <file>]

Print a starter scenario file (JSON) to edit: a copy of a built-in scenario, or one built
for an ally from the dataset, every figure with its source and every assumption with its
reason. Then: budget-whatif run <file>. With --set, a saved variant: the overrides applied
and recorded in its "changes" (path, value before and after), so that the file says what
was changed from what.

Options:
  --from <name>     the built-in scenario to start from (default lithuania-baseline)
  --country <code>  an ally instead (ISO 3166, e.g. PL): GDP in its currency (a national
                    statistic for PL and LT, else NATO's own of 2024), a US dollar view,
                    NATO's shares where NATO has one; every ally (Bulgaria needs --gdp: NATO's
                    table is in leva; Iceland --gdp and --usd-rate: no defence figures and no
                    dollar rate in the dataset); budget-whatif allies lists them
  --share <s>       with --country: the share of GDP after NATO's years, e.g. 5%
  --years <a-b>     with --country: the scenario's years (default: after the GDP year to 2035)
  --usd-rate <r>    with --country: the dollar view at the ECB's latest annual rate (ecb), at
                    NATO's rate of 2024 (nato), or at a rate of your own in US dollars per unit
                    (0.0072, 1/138.9); default the ECB's where it has the currency
  --gdp <y:amount>  with --country: the GDP to grow from, a year and an amount in the ally's
                    currency, e.g. 2024:105000000000 (needed for Bulgaria; replaces the dataset's)
  --set <path=v>    override a value first, as in run (repeatable)
  --out <file>      write there instead of standard output

Examples:
  budget-whatif init --from lithuania-baseline > my.json && budget-whatif run my.json
  budget-whatif init --set fx.EUR/USD.default=1.05 --out weak-euro.json
  budget-whatif init --country PL --share 5% --out poland.json && budget-whatif run poland.json
  budget-whatif init --country CA --share 3.5% --usd-rate nato --out canada.json
  budget-whatif init --country BG --share 3% --gdp 2024:105000000000 --out bulgaria.json
  budget-whatif init --country IS --share 0.1% --gdp 2024:4600000000000 --usd-rate 1/138.9
`;

/** The help of the command. @internal */
export const LIST_HELP = `Usage: budget-whatif list

List the built-in scenarios, datasets and targets.
`;

/** `budget-whatif schema`. @internal */
export async function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse('schema', args, { out: { type: 'string' } });
  if (values['help'] === true) {
    io.stdout(SCHEMA_HELP);
    return 0;
  }
  await emit(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`, text(values, 'out'), io);
  return 0;
}

/** `budget-whatif init`. @internal */
export async function initCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('init', args, {
    from: { type: 'string' },
    out: { type: 'string' },
    country: { type: 'string' },
    share: { type: 'string' },
    years: { type: 'string' },
    'usd-rate': { type: 'string' },
    gdp: { type: 'string' },
    ...SET,
  });
  if (values['help'] === true) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`init takes no arguments; received ${positionals.join(' ')}\nSee: budget-whatif init --help`);
  const scenario = applySets(startingScenario(values), list(values, 'set'));
  await emit(`${JSON.stringify(scenario, null, 2)}\n`, text(values, 'out'), io);
  return 0;
}

/** The option that gives what `scenarioFor` says is missing, by the path of its error. */
const MISSING_OPTIONS: ReadonlyMap<string, string> = new Map([
  ['gdp', '--gdp, e.g. --gdp 2024:<amount>'],
  ['fx', '--usd-rate, e.g. --usd-rate 1/138.9'],
]);

/** The scenario `init` starts from: a built-in one, or one built for an ally (`--country`, `--share`). */
function startingScenario(values: Record<string, unknown>): Scenario {
  const country = text(values, 'country');
  const share = text(values, 'share');
  const years = text(values, 'years');
  const usdRate = text(values, 'usd-rate')?.trim().toLowerCase();
  const gdp = text(values, 'gdp');
  if (country === undefined) {
    if (share !== undefined || years !== undefined || usdRate !== undefined || gdp !== undefined)
      throw new UsageError('--share, --years, --usd-rate and --gdp go with --country');
    const from = text(values, 'from') ?? 'lithuania-baseline';
    if (!BUILTIN_SCENARIOS.includes(from))
      throw new UsageError(`--from: no built-in scenario "${from}"; there are ${BUILTIN_SCENARIOS.join(', ')}`);
    return getScenario(from);
  }
  if (text(values, 'from') !== undefined) throw new UsageError('--from and --country are two ways to start: give one');
  if (share === undefined)
    throw new UsageError('--country needs --share, the share of GDP to explore, e.g. --share 5%');
  const code = country.trim().toUpperCase();
  if (!isAlly(code))
    throw new UsageError(
      `--country: "${country}" is not an ally's ISO 3166 code (PL, LT, US, ...; budget-whatif allies lists them)`,
    );
  const range = years === undefined ? undefined : /^(\d{4})-(\d{4})$/.exec(years.trim());
  if (years !== undefined && range == null)
    throw new UsageError(`--years is a range such as 2025-2035; received "${years}"`);
  if (usdRate !== undefined && usdRate !== 'ecb' && usdRate !== 'nato' && !/^[\d.]+(?:\/[\d.]+)?$/.test(usdRate))
    throw new UsageError(
      `--usd-rate is ecb, nato or a rate in US dollars per unit, such as 0.0072 or 1/138.9; received "${text(values, 'usd-rate') ?? ''}"`,
    );
  const base = gdp === undefined ? undefined : /^(\d{4}):(.+)$/.exec(gdp.trim());
  if (gdp !== undefined && base == null)
    throw new UsageError(
      `--gdp is a year and an amount in the ally's currency, such as 2024:105000000000; received "${gdp}"`,
    );
  try {
    return scenarioFor(code, {
      share,
      ...(range == null ? {} : { years: { from: Number(range[1]), to: Number(range[2]) } }),
      ...(usdRate === undefined
        ? {}
        : { usdRate: usdRate === 'ecb' || usdRate === 'nato' ? usdRate : { rate: usdRate } }),
      ...(base == null ? {} : { gdp: { year: Number(base[1]), amount: (base[2] ?? '').trim() } }),
    });
  } catch (error) {
    // The library's words name its own options; say the same in the command's.
    const missing = isBudgetWhatIfError(error) && error.code === 'missing_field' ? error.issues[0] : undefined;
    const option = MISSING_OPTIONS.get(String(missing?.path[0]));
    if (missing !== undefined && option !== undefined)
      throw new UsageError(`${missing.message.replace(/: pass one, .*$/, '')}: pass one with ${option}`);
    throw error;
  }
}

/** `budget-whatif list`. @internal */
export function listCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse('list', args, {});
  if (values['help'] === true) {
    io.stdout(LIST_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`list takes no arguments; received ${positionals.join(' ')}`);
  const lines = [
    'Built-in scenarios (budget-whatif run <name>; budget-whatif init --from <name>)',
    ...BUILTIN_SCENARIOS.map((name) => `  ${name.padEnd(22)} ${getScenario(name).name}`),
    '',
    'Datasets',
    `  lithuania              ${lithuania.country}: GDP vintages, defence budgets by stage, NATO estimates, population, the border plan (docs/data.md; budget-whatif vintages)`,
    '  ecb                    ECB euro reference rates, daily, 2014–2026, 10 currencies (budget-whatif/ecb)',
    '  nato                   NATO shares of GDP, every ally, releases 2023–2026; its amounts (dollars, GDP, equipment) of June 2024 (budget-whatif allies; natoShare, natoAmounts)',
    '  population             every ally: the World Bank’s counts 2014–2024, the UN’s projection 2025–2051 (allyPopulation, allyPopulationProjection)',
    '',
    'Targets (in a scenario\'s "targets")',
    ...Object.values(TARGETS).map((target) => `  ${target.id.padEnd(26)} ${target.name}`),
    '',
  ];
  io.stdout(lines.join('\n'));
  return 0;
}
