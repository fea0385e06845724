import { changesNote } from '../../reports/formatChange';
import type { Decimal } from '../../decimal/core';
import { goalSeek } from '../../scenarios/index';
import { variableKind } from '../../scenarios/vocabulary';
import { isBudgetWhatIfError } from '../../errors/isBudgetWhatIfError';
import { checkLocale, list, one, parse, text } from '../args';
import { UsageError, type CliIo } from '../io';
import { applySets, checkPlausibly, loadScenario, withFile } from '../load';
import { emit, formatOf } from '../output';
import { formatPercent, showValue } from '../values';

/** The help of the command. @internal */
export const GOAL_SEEK_HELP = `Usage: budget-whatif goal-seek <scenario> --vary <path> --metric <m> --target <value> [options]

Find the value of one input at which a metric reaches a target: exactly where the metric
is linear in the input (a share of GDP and the spending it gives), by bisection to a
tolerance otherwise. Says so when no value within the bounds reaches the target.

Options:
  --vary <path>     the input, e.g. defence.shareOfGdp.default; defence.shareOfGdp.* varies
                    it in every year (each year written, and the amounts that win over it)
  --metric <m>      the metric, e.g. defence.2026-2030
  --target <value>  the metric's target, e.g. 25000000000 (a share of GDP also as 5%)
  --min <v>         the lowest value to try, e.g. 0 or 5% for a share or a rate
  --max <v>         the highest value to try; for a share of GDP, --min and --max default
                    to 0 and 100%; any other input needs both
  --set <path=v>    override a value first (repeatable)
  --strict          refuse implausible values (a share of GDP above 15%, ...) instead of
                    warning about them on standard error: exit 2
  --format <f>      table (default) or json
  --locale <l>      number format, e.g. lt-LT (default en)
  -h, --help        this help

Example: the share of GDP from 2027 that gives €25 billion of defence spending in 2026–2030
  budget-whatif goal-seek lithuania-baseline --vary defence.shareOfGdp.default --metric defence.2026-2030 --target 25000000000
`;

/**
 * The range of values that also reach the target: where it runs from one bound to an edge, the edge is the
 * value given; where it is the bounds themselves (the target met throughout), the low bound is.
 */
function plateauLine(
  plateau: { readonly from: Decimal; readonly to: Decimal },
  bounds: readonly [Decimal, Decimal],
  input: (value: Decimal) => string,
): string {
  const range = `so does every value from ${input(plateau.from)} to ${input(plateau.to)}`;
  return plateau.from.eq(bounds[0]) && plateau.to.eq(bounds[1])
    ? `${range}: the target is met across the bounds, and the low one is given`
    : `${range}: the value given is that range’s edge, not the bound`;
}

/** The result's fields JSON gives as they are, in this order (after the target and bounds). */
const JSON_FIELDS = [
  'value',
  'achieved',
  'exact',
  'withinTolerance',
  'nearest',
  'plateau',
  'iterations',
  'method',
  'varied',
  'removed',
] as const;

/** The options of the command by the library's names for them: an error about `bounds` is about --min and --max. */
const OPTION_OF: Readonly<Record<string, string>> = { target: '--target', bounds: '--min and --max' };

/** Run `seek`, giving a refusal of the target or the bounds in the command's words (`--min: ...`). */
function inOptionWords<T>(seek: () => T): T {
  try {
    return seek();
  } catch (error) {
    const issue = isBudgetWhatIfError(error) ? error.issues[0] : undefined;
    const [field, end] = issue?.path ?? [];
    const option = field === 'bounds' && (end === 0 || end === 1) ? ['--min', '--max'][end] : OPTION_OF[String(field)];
    if (issue === undefined || option === undefined) throw error;
    if (issue.message.startsWith('give bounds for '))
      throw new UsageError(issue.message.replace(/^give bounds for /, 'give --min and --max for '));
    throw new UsageError(`${option}: ${issue.message}`);
  }
}

/** `budget-whatif goal-seek`. @internal */
export async function goalSeekCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse('goal-seek', args, {
    vary: { type: 'string' },
    metric: { type: 'string' },
    target: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    set: { type: 'string', multiple: true },
    format: { type: 'string' },
    locale: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout(GOAL_SEEK_HELP);
    return 0;
  }
  const source = one(positionals, 'scenario', 'goal-seek');
  const vary = text(values, 'vary');
  const metric = text(values, 'metric');
  const target = text(values, 'target');
  const missing = [
    ['--vary', vary],
    ['--metric', metric],
    ['--target', target],
  ].flatMap(([name, value]) => (value === undefined ? [name] : []));
  if (missing.length > 0 || vary === undefined || metric === undefined || target === undefined)
    throw new UsageError(`goal-seek needs ${missing.join(', ')}\nSee: budget-whatif goal-seek --help`);
  const format = formatOf(text(values, 'format'), ['table', 'json']);
  const locale = checkLocale(text(values, 'locale'));
  const min = text(values, 'min');
  const max = text(values, 'max');
  if ((min === undefined) !== (max === undefined)) throw new UsageError('give --min and --max together');
  const loaded = await loadScenario(source, io);
  const scenario = applySets(loaded.scenario, list(values, 'set'));
  checkPlausibly(scenario, loaded.label, values['strict'] === true, io);
  const found = withFile(loaded.label, () =>
    inOptionWords(() =>
      goalSeek(scenario, {
        vary,
        metric,
        target,
        ...(min === undefined || max === undefined ? {} : { bounds: [min, max] as const }),
      }),
    ),
  );
  // Exit 2, as when the metric does not cross the target: no value reaches it, only the nearest ones.
  const code = found.withinTolerance ? 0 : 2;
  for (const { change, warning } of found.shadowed)
    if (change.from === 'goal-seek') io.stderr(`${loaded.label}: warning: ${warning}\n`);
  if (format === 'json') {
    const json = {
      vary,
      metric,
      // As read: a percentage as its fraction, beside `achieved`, which is one too.
      target: found.target,
      bounds: found.bounds,
      ...Object.fromEntries(JSON_FIELDS.map((field) => [field, found[field]])),
      shadowed: found.shadowed.map(({ change, kept }) => ({ path: change.path, kept })),
      changes: scenario.changes ?? [],
    };
    await emit(`${JSON.stringify(json, null, 2)}\n`, undefined, io);
    return code;
  }
  const show = (value: Decimal): string => showValue(value, found.achieved.unit, locale);
  // A share or rate is read as a percentage, with the exact fraction beside it (as JSON gives it).
  const kind = variableKind(found.varied[0] ?? vary);
  const every =
    found.varied.length > 1 || found.removed.length > 0
      ? [
          `varies ${found.varied.join(', ')}${found.removed.length > 0 ? `; removes ${found.removed.join(', ')} so that the share applies there` : ''}`,
        ]
      : [];
  const input = (value: Decimal): string =>
    kind === 'share' || kind === 'rate' ? `${formatPercent(value, locale)} (${value.toFixed()})` : value.toFixed();
  const nearest = found.nearest;
  io.stdout(
    changesNote(scenario.changes ?? [], 'With the scenario changed from its file')
      .concat(
        found.withinTolerance || nearest === undefined
          ? [
              `${vary} = ${input(found.value)}`,
              `gives ${metric} = ${show(found.achieved.value)} (target ${show(found.target)})`,
              ...(found.plateau === undefined ? [] : [plateauLine(found.plateau, found.bounds, input)]),
              `${found.exact ? 'exactly' : 'within the tolerance'}, by ${found.method}, in ${String(found.iterations)} evaluations`,
            ]
          : [
              `${metric} cannot be brought to ${show(found.target)} exactly by ${vary}: it jumps over it`,
              `nearest below: ${vary} = ${input(nearest.below.value)} gives ${show(nearest.below.achieved.value)}`,
              `nearest above: ${vary} = ${input(nearest.above.value)} gives ${show(nearest.above.achieved.value)}`,
              `(${String(found.iterations)} evaluations)`,
            ],
      )
      .concat(every, [''])
      .join('\n'),
  );
  return code;
}
