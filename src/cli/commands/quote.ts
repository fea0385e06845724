import { ecb } from '../../data/ecb/eurofxref';
import { datesConsistentWith } from '../../fx/datesConsistentWith';
import { impliedRate } from '../../fx/impliedRate';
import { formatInterval } from '../../quotes/formatInterval';
import { parseQuote, type ParsedQuote } from '../../quotes/parseQuote';
import { parse, text } from '../args';
import { UsageError, type CliIo } from '../io';
import { withFile } from '../load';
import { formatOf } from '../output';

/** The help of the command. @internal */
export const QUOTE_HELP = `Usage: budget-whatif quote "<text>" ["<text>" ...] [options]

Read figures as a journalist wrote them ("about €1.1 billion", "$905 million", "5-6% of
GDP") and show the exact interval each stands for (by the precision of its digits and its
hedge words). For a figure in euros and one in another currency, show the exchange rate
they imply and the ECB reference dates whose rate lies in that interval.

Options:
  --from <date>     earliest ECB date to consider, YYYY-MM-DD (default: the first, 2014-01-02)
  --to <date>       latest ECB date to consider (default: the last in the data)
  --format <f>      table (default) or json
  -h, --help        this help

Example:
  budget-whatif quote "1.1 billion euros" "\\$1.2 billion"
  budget-whatif quote "800 million euros" "\\$905 million" --from 2025-05-01 --to 2025-05-09
`;

/** `budget-whatif quote`. @internal */
export function quoteCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse('quote', args, {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
  });
  if (values['help'] === true) {
    io.stdout(QUOTE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('quote needs at least one figure, such as "1.1 billion euros"');
  const format = formatOf(text(values, 'format'), ['table', 'json']);
  const quotes = positionals.map((quote) => withFile(`"${quote}"`, () => parseQuote(quote)));
  const money = quotes.filter((quote): quote is Extract<ParsedQuote, { kind: 'money' }> => quote.kind === 'money');
  const euros = money.find((quote) => quote.currency === 'EUR');
  const other = money.find((quote) => quote.currency !== 'EUR');
  const from = text(values, 'from');
  const to = text(values, 'to');
  const pair =
    euros === undefined || other === undefined
      ? undefined
      : (() => {
          const rate = impliedRate(euros, other);
          const dates = withFile('--from/--to', () =>
            datesConsistentWith(ecb, rate, {
              ...(from === undefined ? {} : { from }),
              ...(to === undefined ? {} : { to }),
            }),
          );
          return { rate, dates };
        })();
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify({ quotes, ...(pair === undefined ? {} : { implied: pair.rate, ecbDates: pair.dates }) }, null, 2)}\n`,
    );
    return 0;
  }
  const lines: string[] = [];
  const width = Math.max(...positionals.map((quote) => quote.length)) + 2;
  quotes.forEach((quote, i) => {
    const interval = quote.interval;
    const unit = quote.kind === 'money' ? `${quote.currency} ` : quote.kind === 'percent' ? 'share ' : '';
    lines.push(`${`"${positionals[i] ?? ''}"`.padEnd(width)}  ${unit}${formatInterval(interval)}`);
  });
  if (pair !== undefined && euros !== undefined && other !== undefined) {
    lines.push('', `Implied EUR/${other.currency}: ${formatInterval(pair.rate, { places: 4 })}`);
    const { dates } = pair;
    const window =
      from === undefined && to === undefined
        ? `in the ECB's data (${ecb.dates[0] ?? ''} to ${ecb.dates.at(-1) ?? ''})`
        : `from ${from ?? ecb.dates[0] ?? ''} to ${to ?? ecb.dates.at(-1) ?? ''}`;
    if (dates.length === 0)
      lines.push(`No ECB reference date ${window} has a EUR/${other.currency} rate in that interval.`);
    else {
      const count = dates.length === 1 ? '1 ECB reference date' : `${String(dates.length)} ECB reference dates`;
      lines.push(`${count} ${window} ${dates.length === 1 ? 'has' : 'have'} a rate in it:`);
      if (dates.length <= 12) for (const date of dates) lines.push(`  ${date.date}  ${date.rate.toString()}`);
      else {
        const byYear = new Map<string, number>();
        for (const date of dates) byYear.set(date.date.slice(0, 4), (byYear.get(date.date.slice(0, 4)) ?? 0) + 1);
        lines.push(
          `  ${dates[0]?.date ?? ''} to ${dates.at(-1)?.date ?? ''}; by year: ${[...byYear].map(([year, n]) => `${year} ${String(n)}`).join(', ')}`,
        );
      }
    }
  } else if (money.length >= 2) {
    lines.push('', 'Two figures in different currencies, one of them euros, give an implied exchange rate.');
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
