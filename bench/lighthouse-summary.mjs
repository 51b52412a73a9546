// The figures bench/lighthouse.mjs prints, from Lighthouse's JSON reports (pure; unit-tested in
// test/unit/bench/lighthouse-summary.test.ts).

/** The pinned Lighthouse (npm), run through npx by bench/lighthouse.mjs. */
export const LIGHTHOUSE_VERSION = '12.8.2';

const audit = (lhr, id) => lhr.audits?.[id] ?? {};
const items = (lhr, id) => audit(lhr, id).details?.items ?? [];
const ms = (v) => (typeof v === 'number' ? `${Math.round(v)} ms` : '–');
const shortUrl = (u) => (typeof u === 'string' ? u.replace(/^https?:\/\/[^/]+\//, '/') : String(u));

/** The figures this bench prints, from one Lighthouse report (a pure function of the report). */
export function summarise(lhr) {
  const num = (id) => audit(lhr, id).numericValue ?? null;
  // largest-contentful-paint-element: a list of two tables, the element and the phases (TTFB, load delay, ...).
  const lcpTables = items(lhr, 'largest-contentful-paint-element');
  const node = lcpTables[0]?.items?.[0]?.node;
  const phases = (lcpTables[1]?.items ?? []).map((p) => ({
    phase: p.phase,
    ms: p.timing,
    percent: p.percent,
  }));
  return {
    score: lhr.categories?.performance?.score ?? null,
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    tbt: num('total-blocking-time'),
    speedIndex: num('speed-index'),
    interactive: num('interactive'),
    lcpElement: node ? `${node.selector} ("${(node.nodeLabel ?? '').slice(0, 60)}")` : null,
    lcpPhases: phases,
    mainThread: items(lhr, 'mainthread-work-breakdown')
      .slice(0, 4)
      .map((i) => ({ label: i.groupLabel, ms: i.duration })),
    bootup: items(lhr, 'bootup-time')
      .slice(0, 3)
      .map((i) => ({ url: shortUrl(i.url), ms: i.total })),
    longTasks: items(lhr, 'long-tasks')
      .slice(0, 5)
      .map((i) => ({ url: shortUrl(i.url), ms: i.duration, at: i.startTime })),
    layoutShifts: items(lhr, 'layout-shifts')
      .slice(0, 2)
      .map((i) => ({ selector: i.node?.selector ?? '?', score: i.score })),
    observed: audit(lhr, 'metrics').details?.items?.[0] ?? {},
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

/** The targets: which form factor, and whether a summary meets it. */
const TARGETS = {
  score: { on: 'desktop', text: '≥ 90 desktop', met: (s) => s.score !== null && s.score >= 0.9 },
  fcp: { on: 'mobile', text: '≤ 1.8 s mobile', met: (s) => s.fcp !== null && s.fcp <= 1800 },
  lcp: { on: 'mobile', text: '≤ 2.5 s mobile', met: (s) => s.lcp !== null && s.lcp <= 2500 },
  cls: { on: 'mobile', text: '≤ 0.05 mobile', met: (s) => s.cls !== null && s.cls <= 0.05 },
};

/** A table cell: no line breaks, and a `|` in an element's text does not end the cell. */
const escapeCell = (v) => String(v).replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/** The Markdown section for the results: one column per form factor, and each target met or not. */
export function toMarkdown(results, load = []) {
  const cols = results.map((r) => r.name);
  const cell = (r, f) => (r.summary ? escapeCell(f(r.summary)) : '–');
  const verdict = (key) => {
    const t = TARGETS[key];
    const r = results.find((x) => x.name === t.on);
    return `${t.text}${r?.summary ? (t.met(r.summary) ? ': met' : ': **not met**') : ': not measured'}`;
  };
  const row = (label, f, target = '') =>
    `| ${label} | ${results.map((r) => cell(r, f)).join(' | ')} | ${target} |`;
  const lines = [
    `## Lighthouse ${LIGHTHOUSE_VERSION} (performance only, simulated throttling, one run per form factor)`,
    '',
    `Load average at the start: ${load.map((l) => l.toFixed(2)).join(' / ') || '–'}. Mobile is Lighthouse's default (slow 4G, 4× CPU, 412×823); desktop is --preset=desktop.`,
    '',
    `| metric | ${cols.join(' | ')} | target (issue 15) |`,
    `|---|${cols.map(() => '---|').join('')}---|`,
    row(
      'performance score',
      (s) => (s.score === null ? '–' : String(Math.round(s.score * 100))),
      verdict('score'),
    ),
    row('first contentful paint', (s) => ms(s.fcp), verdict('fcp')),
    row('largest contentful paint', (s) => ms(s.lcp), verdict('lcp')),
    row('cumulative layout shift', (s) => (s.cls === null ? '–' : s.cls.toFixed(3)), verdict('cls')),
    row('total blocking time', (s) => ms(s.tbt)),
    row('speed index', (s) => ms(s.speedIndex)),
    row('time to interactive', (s) => ms(s.interactive)),
    row(
      'observed (unthrottled) FCP / LCP',
      (s) =>
        `${ms(s.observed.observedFirstContentfulPaint)} / ${ms(s.observed.observedLargestContentfulPaint)}`,
    ),
    row('largest contentful paint element', (s) => s.lcpElement ?? '–'),
    row(
      'LCP breakdown',
      (s) => s.lcpPhases.map((p) => `${p.phase} ${ms(p.ms)} (${p.percent})`).join(', ') || '–',
    ),
    row('main-thread work', (s) => s.mainThread.map((m) => `${m.label} ${ms(m.ms)}`).join(', ') || '–'),
    row('script boot-up time', (s) => s.bootup.map((b) => `${b.url} ${ms(b.ms)}`).join(', ') || '–'),
    row(
      'longest tasks (simulated)',
      (s) => s.longTasks.map((t) => `${ms(t.ms)} at ${ms(t.at)} (${t.url})`).join(', ') || 'none',
    ),
    row(
      'layout shifts',
      (s) =>
        s.layoutShifts
          .map((l) => `${l.selector} ${typeof l.score === 'number' ? l.score.toFixed(3) : '?'}`)
          .join(', ') || 'none',
    ),
    row('Lighthouse benchmark index of this machine', (s) => String(s.benchmarkIndex ?? '–')),
    '',
  ];
  for (const r of results) {
    if (r.error) lines.push(`Lighthouse ${r.name} failed: ${r.error}`, '');
    for (const w of r.summary?.warnings ?? []) lines.push(`Lighthouse ${r.name} warned: ${w}`, '');
    if (r.summary?.runtimeError)
      lines.push(`Lighthouse ${r.name} runtime error: ${r.summary.runtimeError}`, '');
  }
  return lines.join('\n');
}
