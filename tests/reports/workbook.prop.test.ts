// Issue 16: a workbook carries any text a scenario may hold (names, labels, sources: unicode, markup,
// control characters) as text a spreadsheet reads back, never as broken XML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonWorkbook } from '../../src/reports/index';
import { compareMany, parseScenario } from '../../src/scenarios/index';
import { unzip } from '../helpers/unzip';

const scenario = (share: string): ReturnType<typeof parseScenario> =>
  parseScenario({
    name: `At ${share}`,
    currency: 'EUR',
    years: { from: 2026, to: 2026 },
    economy: { gdp: { series: { '2026': '1000' } } },
    defence: { shareOfGdp: { default: share } },
  });
const pair = [scenario('5%'), scenario('6%')];

/** The text of the XML without its tags and entities: what must hold no markup of its own. */
const bare = (xml: string): string => xml.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, '');

const unescape = (text: string): string =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('workbook text, property', () => {
  it('any label is written as well-formed text and read back as it was, less what XML cannot carry', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }), (first, second) => {
        const files = unzip(comparisonWorkbook(compareMany(pair, { series: ['defence'], labels: [first, second] })));
        const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
        expect(bare(sheet)).not.toMatch(/[<&]/);
        const texts = [...sheet.matchAll(/<t xml:space="preserve">(.*?)<\/t>/gs)].map((m) => unescape(m[1] ?? ''));
        const carried = (text: string): string =>
          // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry
          text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
        expect(texts.slice(1, 3)).toEqual([carried(first), carried(second)]);
      }),
      { numRuns: 300 },
    );
  });
});
