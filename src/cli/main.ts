import { alliesCommand } from './commands/allies';
import { compareCommand } from './commands/compare';
import { goalSeekCommand } from './commands/goalSeek';
import { initCommand, listCommand, schemaCommand } from './commands/info';
import { quoteCommand } from './commands/quote';
import { run } from './commands/run';
import { serveCommand } from './commands/serve';
import { simulateCommand } from './commands/simulate';
import { sweepCommand } from './commands/sweep';
import { vintagesCommand } from './commands/vintages';
import { reportError } from './errors';
import { UsageError, type CliIo } from './io';

/** The help of `budget-whatif` itself. @internal */
export const HELP = `budget-whatif: exact, cited what-if analysis of public budgets and spending plans.

Usage: budget-whatif [command] [options]

With no command, it runs the built-in Lithuania scenario and prints its report.

Commands:
  run <scenario>              evaluate a scenario: tables, Markdown, CSV or JSON, and charts
  compare <base> <variant>    every metric side by side, with exact differences
  sweep <scenario> --vary     a data table over the values of one input
  goal-seek <scenario>        the value of an input at which a metric reaches a target
  simulate <scenario>         Monte Carlo: percentiles and the odds of every target
  quote "<text>" ...          figures as intervals, the exchange rate they imply, ECB dates
  allies                      NATO's shares of GDP ally by ally: ranked, by year, by release
  vintages                    a figure as published over time: stages, dates, revisions
  serve                       the what-if page in the browser: drag a share, watch the money
  schema                      the JSON Schema of the scenario file
  init                        a starter scenario file to edit
  list                        built-in scenarios, datasets and targets

A <scenario> is a built-in name (lithuania-baseline, lithuania-5pct, lithuania-6pct), a JSON
or YAML file, or - for standard input.

Options:
  -h, --help                  help (also after a command: budget-whatif run --help)
  -v, --version               the version

Exit codes: 0 done; 2 a usage or validation error (the message says what and where);
1 anything else. Documentation: docs/cli.md (in the package: node_modules/budget-whatif/docs/cli.md).
`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => number | Promise<number>>> = {
  run,
  compare: compareCommand,
  sweep: sweepCommand,
  'goal-seek': goalSeekCommand,
  simulate: simulateCommand,
  quote: quoteCommand,
  allies: alliesCommand,
  vintages: vintagesCommand,
  serve: serveCommand,
  schema: schemaCommand,
  init: initCommand,
  list: listCommand,
};

/**
 * The `budget-whatif` command: run it with the arguments after the program's name and the world to act
 * on; returns the exit code. Never throws: errors go to standard error.
 *
 * @internal
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) return await run([], io);
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    // Own keys only: "__proto__" or "toString" is not a command.
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (command === undefined) {
      if (first.startsWith('-')) return await run(argv, io);
      throw new UsageError(
        `no command "${first}"; the commands are ${Object.keys(COMMANDS).join(', ')}\nSee: budget-whatif --help`,
      );
    }
    return await command(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}
