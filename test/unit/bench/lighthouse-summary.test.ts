/**
 * bench/lighthouse-summary.mjs: the figures `npm run bench` prints from a Lighthouse 12 report (the report's
 * shape as Lighthouse 12.8 writes it, cut to the audits read), and the table with each issue-15 target met or not.
 */
import { describe, expect, test } from 'vitest';
import { summarise, toMarkdown, type LighthouseResult } from '../../../bench/lighthouse-summary.mjs';

const report = (over: { score?: number; lcp?: number; fcp?: number; label?: string } = {}) => ({
  categories: { performance: { score: over.score ?? 0.46 } },
  environment: { benchmarkIndex: 2546 },
  runWarnings: [],
  audits: {
    'first-contentful-paint': { numericValue: over.fcp ?? 1750.2 },
    'largest-contentful-paint': { numericValue: over.lcp ?? 5861.6 },
    'cumulative-layout-shift': { numericValue: 0.021 },
    'total-blocking-time': { numericValue: 3495.3 },
    'speed-index': { numericValue: 4123 },
    interactive: { numericValue: 8619.7 },
    metrics: {
      details: { items: [{ observedFirstContentfulPaint: 1267, observedLargestContentfulPaint: 1267 }] },
    },
    'largest-contentful-paint-element': {
      details: {
        type: 'list',
        items: [
          {
            type: 'table',
            items: [
              {
                node: {
                  selector: 'body > div#op-app > header.op-header > p.op-dek',
                  nodeLabel: over.label ?? 'On 25–26 April 2018 agencies in eight countries',
                },
              },
            ],
          },
          {
            type: 'table',
            items: [
              { phase: 'TTFB', timing: 476.4, percent: '8%' },
              { phase: 'Render Delay', timing: 5385.2, percent: '92%' },
            ],
          },
        ],
      },
    },
    'mainthread-work-breakdown': {
      details: { items: [{ groupLabel: 'Script Evaluation', duration: 7747.8 }] },
    },
    'bootup-time': {
      details: { items: [{ url: 'http://127.0.0.1:46657/assets/mount-map-x.js', total: 7311.3 }] },
    },
    'long-tasks': {
      details: {
        items: [{ url: 'http://127.0.0.1:46657/assets/mount-map-x.js', duration: 1850, startTime: 4936.6 }],
      },
    },
    'layout-shifts': { details: { items: [{ node: { selector: 'aside.op-aside' }, score: 0.021 }] } },
  },
});

describe('summarise()', () => {
  test('reads the metrics, the LCP element and its phases, and what Lighthouse blames', () => {
    const s = summarise(report());
    expect(s).toMatchObject({
      score: 0.46,
      fcp: 1750.2,
      lcp: 5861.6,
      cls: 0.021,
      tbt: 3495.3,
      benchmarkIndex: 2546,
    });
    expect(s.lcpElement).toBe(
      'body > div#op-app > header.op-header > p.op-dek ("On 25–26 April 2018 agencies in eight countries")',
    );
    expect(s.lcpPhases).toEqual([
      { phase: 'TTFB', ms: 476.4, percent: '8%' },
      { phase: 'Render Delay', ms: 5385.2, percent: '92%' },
    ]);
    expect(s.bootup).toEqual([{ url: '/assets/mount-map-x.js', ms: 7311.3 }]);
    expect(s.longTasks).toEqual([{ url: '/assets/mount-map-x.js', ms: 1850, at: 4936.6 }]);
    expect(s.observed.observedLargestContentfulPaint).toBe(1267);
  });

  test('a report without audits (a runtime error) gives empty figures, not an exception', () => {
    const s = summarise({ runtimeError: { message: 'NO_FCP' } });
    expect(s).toMatchObject({
      score: null,
      lcp: null,
      lcpElement: null,
      lcpPhases: [],
      runtimeError: 'NO_FCP',
    });
  });
});

describe('toMarkdown()', () => {
  const results: LighthouseResult[] = [
    { name: 'mobile', summary: summarise(report()) },
    { name: 'desktop', summary: summarise(report({ score: 0.92, lcp: 900, fcp: 400 })) },
  ];

  test('prints one column per form factor and says which targets are met', () => {
    const md = toMarkdown(results, [1.5, 2, 3]);
    expect(md).toContain('| metric | mobile | desktop | target (issue 15) |');
    expect(md).toContain('| performance score | 46 | 92 | ≥ 90 desktop: met |');
    expect(md).toContain('| first contentful paint | 1750 ms | 400 ms | ≤ 1.8 s mobile: met |');
    expect(md).toContain('| largest contentful paint | 5862 ms | 900 ms | ≤ 2.5 s mobile: **not met** |');
    expect(md).toContain('| cumulative layout shift | 0.021 | 0.021 | ≤ 0.05 mobile: met |');
    expect(md).toContain('Render Delay 5385 ms (92%)');
    expect(md).toContain('Load average at the start: 1.50 / 2.00 / 3.00.');
  });

  test('a failed run is said, with why, and its targets are not measured', () => {
    const md = toMarkdown([{ name: 'mobile', error: 'no result within 300 s' }, results[1]!]);
    expect(md).toContain('Lighthouse mobile failed: no result within 300 s');
    expect(md).toContain('| largest contentful paint | – | 900 ms | ≤ 2.5 s mobile: not measured |');
  });

  test("an element's text with a pipe or a line break stays in its cell", () => {
    const md = toMarkdown([{ name: 'mobile', summary: summarise(report({ label: 'a | b\nc' })) }]);
    const row = md.split('\n').find((l) => l.startsWith('| largest contentful paint element'))!;
    expect(row).toContain('("a \\| b c")');
    expect(row.split(/(?<!\\)\|/).length).toBe(5);
  });
});
