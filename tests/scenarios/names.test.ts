// Override paths and metric names: what each refusal says, one row each (issue 11). A path or a name
// that does not read gets the rule it breaks and, where one is near, the spelling that works.
import { describe, expect, it } from 'vitest';
import { once } from '../helpers/once';
import { evaluate, getScenario, metric, withOverrides, type Override } from '../../src/scenarios/index';
import { expectIssue } from '../helpers/errors';

const baseline = once(() => getScenario('lithuania-baseline'));
const result = once(() => evaluate(baseline()));

interface Case {
  readonly name: string;
  readonly input: string;
  readonly code: string;
  readonly message: string;
}

describe('withOverrides refuses the path', () => {
  const long = `defence.${'x'.repeat(1100)}`;
  const cases: readonly Case[] = [
    {
      name: 'empty',
      input: '',
      code: 'unknown_path',
      message: 'an override path is a non-empty string such as "defence.shareOfGdp.2030"',
    },
    { name: 'blank', input: '   ', code: 'unknown_path', message: 'an override path is a non-empty string' },
    {
      name: 'too long',
      input: long,
      code: 'input_too_large',
      message: `characters; this one has ${String(long.length)}`,
    },
    {
      name: 'starting with a selector',
      input: '[0].total',
      code: 'unknown_path',
      message: 'the path "[0].total" starts with a selector',
    },
    {
      name: 'with a key straight after a selector',
      input: 'plans[0]total',
      code: 'unknown_path',
      message: 'expected "." or "[" before "total" in "plans[0]total"',
    },
    {
      name: 'with two dots in a row',
      input: 'defence..shareOfGdp',
      code: 'unknown_path',
      message: 'two separators in a row in "defence..shareOfGdp"',
    },
    { name: 'ending with a dot', input: 'defence.', code: 'unknown_path', message: 'cannot read the path "defence."' },
    {
      name: 'misspelt',
      input: 'defense.shareOfGdp.default',
      code: 'unknown_path',
      message:
        '"defense.shareOfGdp.default" names nothing: there is no "defense" in a scenario; did you mean "defence"',
    },
    {
      name: 'misspelt below a list',
      input: 'plans[0].totl',
      code: 'unknown_path',
      message: 'there is no "plans[0].totl" in a scenario; did you mean "plans[0].total"',
    },
    {
      name: 'with an unknown id',
      input: 'plans[nope].total',
      code: 'unknown_id',
      message: 'plans has no element "nope"; it has border-countermobility',
    },
    { name: 'below a value', input: 'name.first', code: 'unknown_path', message: '"name.first" names nothing' },
    {
      name: 'selecting in something that is not a list',
      input: 'years[0]',
      code: 'unknown_path',
      message: 'names nothing',
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const error = expectIssue(() => withOverrides(baseline(), [{ path: c.input, value: '1' }]), c.code, ['path']);
    expect(error.message).toContain(c.message);
  });

  it('that is not a string', () => {
    const error = expectIssue(
      () => withOverrides(baseline(), [{ path: 5 as unknown as string, value: '1' }]),
      'unknown_path',
      ['path'],
    );
    expect(error.message).toContain('an override path is a non-empty string');
  });

  it('of an override that is not an object', () => {
    const error = expectIssue(() => withOverrides(baseline(), [null as unknown as Override]), 'invalid_type', []);
    expect(error.message).toContain('an override is { path, value }, received null');
  });

  it('that removes what a scenario needs', () => {
    const error = expectIssue(() => withOverrides(baseline(), [{ path: 'name', value: undefined }]), 'missing_field', [
      'value',
    ]);
    expect(error.message).toContain('"name" is required in a scenario: it can be changed, not removed');
  });

  it('that goes below a value the scenario has', () => {
    const error = expectIssue(
      () => withOverrides(baseline(), [{ path: 'defence.shareOfGdp.default.x', value: '1' }]),
      'unknown_path',
      ['path'],
    );
    expect(error.message).toContain('names nothing');
  });
});

describe('metric refuses the name', () => {
  const cases: readonly Omit<Case, 'code'>[] = [
    {
      name: 'of an unknown section',
      input: 'defense.total',
      message: '"defense.total": a metric starts with gdp, defence, related, plans or targets; did you mean "defence"?',
    },
    {
      name: 'of related spending the scenario lacks',
      input: 'related.2026',
      message: 'the scenario has no defence-related spending',
    },
    { name: 'of a share with no year', input: 'defence.share', message: 'expected one year after it' },
    { name: 'of a share with two years', input: 'defence.share.2026.2027', message: 'expected one year after it' },
    {
      name: 'of a per-capita figure for a word',
      input: 'defence.perCapita.next',
      message: 'expected a year, received "next"',
    },
    { name: 'of an unknown plan', input: 'plans.border.2026', message: 'no plan "border"' },
    {
      name: 'of an unknown item',
      input: 'plans.border-countermobility.items.mines.2026',
      message: 'plan border-countermobility has no item "mines"',
    },
    {
      name: 'of an item with nothing after the plan',
      input: 'plans.border-countermobility.items',
      message: 'expected an item after "items": anti-tank-mines, other-measures',
    },
    {
      name: 'of a plan share with text after the year',
      input: 'plans.border-countermobility.shareOfGdp.2026.x',
      message: 'unexpected text after the year',
    },
    {
      name: 'of a target field that does not exist',
      input: 'targets.nato-wales-2pct.size.2030',
      message: 'expected targets.<id>.<gap|gapPoints|met|atLeast|atMost|spent|counted|beyondCap>.<year>',
    },
    {
      name: 'of a target the scenario lacks',
      input: 'targets.nope.gap.2030',
      message: 'the scenario has no target "nope"',
    },
    {
      name: 'of a span with extra text',
      input: 'defence.2026.usd.x',
      message: 'expected a year, a range of years ("2026-2030") or total, and an optional currency',
    },
    { name: 'of nothing after the section', input: 'gdp', message: 'expected a year, a range of years' },
    {
      name: 'of a view the scenario lacks',
      input: 'defence.2026.gbp',
      message: "no GBP view; the scenario's fx gives none",
    },
    {
      name: 'of an item in another currency',
      input: 'plans.border-countermobility.items.anti-tank-mines.2026.usd',
      message: "no USD view; the scenario's fx gives none",
    },
    {
      name: 'of a range that runs backwards',
      input: 'defence.2030-2026',
      message: 'the years run backwards: 2030-2026',
    },
    {
      name: 'of a misspelt span',
      input: 'defence.totl',
      message: 'expected a year, a range ("2026-2030") or total; did you mean "total"?',
    },
    // Each word a misspelling is matched against, section by section and span by span.
    ...(
      [
        ['gpd.2026', 'a metric starts with gdp, defence, related, plans or targets; did you mean "gdp"?'],
        ['relatd.2026', 'a metric starts with gdp, defence, related, plans or targets; did you mean "related"?'],
        ['plan.x.total', 'a metric starts with gdp, defence, related, plans or targets; did you mean "plans"?'],
        ['target.x.gap.2030', 'a metric starts with gdp, defence, related, plans or targets; did you mean "targets"?'],
        ['defence.shar', 'expected a year, a range ("2026-2030") or total; did you mean "share"?'],
        ['defence.perCapta', 'expected a year, a range ("2026-2030") or total; did you mean "perCapita"?'],
        ['plans.border-countermobility.itms', 'expected a year, a range ("2026-2030") or total; did you mean "items"?'],
        [
          'plans.border-countermobility.shareOfDefense',
          'expected a year, a range ("2026-2030") or total; did you mean "shareOfDefence"?',
        ],
        [
          'plans.border-countermobility.shareOfGDP',
          'expected a year, a range ("2026-2030") or total; did you mean "shareOfGdp"?',
        ],
        ['defence.share.20x6', 'expected a year, received "20x6"'],
        ['plans', 'expected a plan after "plans": border-countermobility'],
      ] as const
    ).map(([input, message]) => ({ name: `such as ${input}`, input, message: `${JSON.stringify(input)}: ${message}` })),
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const error = expectIssue(() => metric(result(), c.input), 'invalid_metric', ['metric']);
    expect(error.message).toContain(c.message);
  });

  it('that is not a string', () => {
    const error = expectIssue(() => metric(result(), 7 as unknown as string), 'invalid_metric', ['metric']);
    expect(error.message).toContain('a metric name is a string such as "defence.total"');
  });

  it('and reads the currency suffix in any case, the scenario’s own as no view', () => {
    expect(metric(result(), 'defence.2026.USD').value.toString()).toBe(
      metric(result(), 'defence.2026.usd').value.toString(),
    );
    expect(metric(result(), 'defence.2026.eur').value.toString()).toBe(
      metric(result(), 'defence.2026').value.toString(),
    );
  });
});

describe('metric names are read whole: a year is four digits, a range two years, nothing before or after', () => {
  it.each([
    ['defence.x2026', 'expected a year, a range ("2026-2030") or total'],
    ['defence.20261', 'expected a year, a range ("2026-2030") or total'],
    ['defence.12026-2030', 'expected a year, a range ("2026-2030") or total'],
    ['defence.2026-20301', 'expected a year, a range ("2026-2030") or total'],
    ['defence.share.x2026', 'expected a year, received "x2026"'],
    ['defence.share.20261', 'expected a year, received "20261"'],
    [
      'targets.nato-wales-2pct.gap.20301',
      'expected targets.<id>.<gap|gapPoints|met|atLeast|atMost|spent|counted|beyondCap>.<year>',
    ],
    [
      'targets.nato-wales-2pct.gaps.2030',
      'expected targets.<id>.<gap|gapPoints|met|atLeast|atMost|spent|counted|beyondCap>.<year>',
    ],
    [
      'targetsx.nato-wales-2pct.gap.2030',
      'a metric starts with gdp, defence, related, plans or targets; did you mean "targets"?',
    ],
    ['xyz.2026', 'a metric starts with gdp, defence, related, plans or targets'],
  ])('%s is refused: %s', (name, message) => {
    const error = expectIssue(() => metric(result(), name), 'invalid_metric', ['metric']);
    expect(error.issues[0]?.message).toBe(`"${name}": ${message}`);
  });

  it('a range of one year is that year; a word far from every span gets no suggestion', () => {
    expect(metric(result(), 'defence.2026-2026').value.toString()).toBe('4790000000');
    expect(metric(result(), 'gdp.2026-2026').value.toString()).toBe(metric(result(), 'gdp.2026').value.toString());
    const error = expectIssue(() => metric(result(), 'defence.somethingelse'), 'invalid_metric', ['metric']);
    expect(error.issues[0]?.message).toBe('"defence.somethingelse": expected a year, a range ("2026-2030") or total');
  });
});
