// node bench/heap-code.mjs: where the app's compiled code comes from, against the bare MapLibre page's. Builds
// both with source maps into bench/results-raw/ (not committed), loads each to ready (desktop), takes a heap snapshot after a
// full GC, and sums the machine code (InstructionStream) and bytecode (BytecodeArray) of every function by the
// source file it comes from: MapLibre's own modules through its published source map, the app's files through
// Vite's. Prints the largest differences (app − baseline), in KB. The part of `npm run bench:heap`'s "(code)"
// row these two make is most of it; the rest (feedback, scope infos, wrappers) follows the same functions.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { heapSnapshotText, openPage, untilSettled, viewportOf } from './measure.mjs';
import { serve } from './serve.mjs';

const BUILDS = {
  app: { out: 'bench/results-raw/heap-code/app', args: [], query: '?debug=1' },
  baseline: {
    out: 'bench/results-raw/heap-code/baseline',
    args: ['--config', 'bench/baseline/vite.config.ts'],
    query: '',
  },
};
for (const b of Object.values(BUILDS)) {
  const r = spawnSync(
    'npx',
    [
      'vite',
      'build',
      ...b.args,
      '--sourcemap',
      '--outDir',
      `${process.cwd()}/${b.out}`,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const MAPLIBRE_MAP = new TraceMap(readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs.map', 'utf8'));

/** A heap snapshot (JSON) of `url` after ready and a full GC. */
async function snapshotOf(dir, query) {
  const server = await serve(dir);
  const { context, page, cdp } = await openPage(browser, { viewport: viewportOf(false), init: false });
  await page.goto(server.url + query, { waitUntil: 'commit' });
  await untilSettled(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = await heapSnapshotText(cdp);
  await context.close();
  await server.close();
  return JSON.parse(chunks);
}

/** Machine code and bytecode (bytes) per source file: Map(source → { machine, bytecode }). */
function codeBySource(snap, dir) {
  const m = snap.snapshot.meta;
  const f = m.node_fields,
    ef = m.edge_fields,
    lf = m.location_fields;
  const types = m.node_types[0],
    etypes = m.edge_types[0];
  const [N, E, L] = [f.length, ef.length, lf.length];
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((k) => f.indexOf(k));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((k) => ef.indexOf(k));
  const { nodes, edges, strings, locations } = snap;
  const nameOf = (i) => strings[nodes[i + iName]];
  const firstEdge = new Int32Array(nodes.length / N + 1);
  for (let i = 0, n = 0, e = 0; i < nodes.length; i += N, n++) {
    firstEdge[n] = e;
    e += nodes[i + iEdges] * E;
  }
  const edgeTo = (i, name) => {
    const st = firstEdge[i / N];
    for (let k = 0; k < nodes[i + iEdges]; k++) {
      const e = st + k * E;
      const t = etypes[edges[e + eType]];
      if (t !== 'element' && t !== 'hidden' && strings[edges[e + eName]] === name) return edges[e + eTo];
    }
    return null;
  };
  // Each function's location (from its closures), by its SharedFunctionInfo.
  const where = new Map();
  for (let k = 0; k < locations.length; k += L) {
    const sfi = edgeTo(locations[k + lf.indexOf('object_index')], 'shared');
    if (sfi === null || where.has(sfi)) continue;
    const so = locations[k + lf.indexOf('script_object_index')];
    const nm = so >= 0 ? edgeTo(so, 'name') : null;
    where.set(sfi, {
      script: nm === null ? '' : nameOf(nm).replace(/^.*\//, ''),
      line: locations[k + lf.indexOf('line')],
      column: locations[k + lf.indexOf('column')],
    });
  }
  const maps = new Map();
  const source = (w) => {
    if (!maps.has(w.script)) {
      const p = `${dir}/assets/${w.script}.map`;
      maps.set(w.script, existsSync(p) ? new TraceMap(readFileSync(p, 'utf8')) : null);
    }
    const tm = maps.get(w.script);
    const o = tm && originalPositionFor(tm, { line: w.line + 1, column: w.column });
    if (!o?.source) return `${w.script || '(no script)'} (unmapped)`;
    if (/maplibre-gl\/dist\/maplibre-gl\.mjs$/.test(o.source)) {
      const o2 = originalPositionFor(MAPLIBRE_MAP, { line: o.line, column: o.column });
      return o2.source
        ? `maplibre-gl: ${o2.source.replace(/^(\.\.\/)*(src\/)?/, '')}`
        : 'maplibre-gl (unmapped)';
    }
    return o.source
      .replace(/^.*node_modules\//, '')
      .replace(/^(\.\.\/)+/, '')
      .replace(/^.*?\/src\//, 'src/');
  };
  // Code objects reach their function through a few internal links: the nearest function up the retainers.
  const parents = new Map();
  for (let i = 0, e = 0; i < nodes.length; i += N)
    for (let k = 0; k < nodes[i + iEdges]; k++, e += E) {
      if (etypes[edges[e + eType]] === 'weak') continue;
      const to = edges[e + eTo];
      const l = parents.get(to) ?? [];
      if (l.length < 6) l.push(i);
      parents.set(to, l);
    }
  const owner = (start) => {
    const seen = new Set([start]);
    let frontier = [start];
    for (let d = 0; d < 8 && frontier.length; d++) {
      const next = [];
      for (const x of frontier)
        for (const p of parents.get(x) ?? []) {
          if (seen.has(p)) continue;
          seen.add(p);
          if (where.has(p)) return p;
          if (types[nodes[p + iType]] === 'closure') {
            const s = edgeTo(p, 'shared');
            if (s !== null && where.has(s)) return s;
          }
          next.push(p);
        }
      frontier = next;
    }
    return null;
  };
  const out = new Map();
  for (let i = 0; i < nodes.length; i += N) {
    const kind =
      nameOf(i) === 'system / InstructionStream'
        ? 'machine'
        : nameOf(i) === 'system / BytecodeArray'
          ? 'bytecode'
          : null;
    if (!kind) continue;
    const o = owner(i);
    const key = o === null ? '(no function found)' : source(where.get(o));
    const v = out.get(key) ?? { machine: 0, bytecode: 0 };
    v[kind] += nodes[i + iSize];
    out.set(key, v);
  }
  return out;
}

const result = {};
for (const [name, b] of Object.entries(BUILDS))
  result[name] = codeBySource(await snapshotOf(b.out, b.query), b.out);
await browser.close();

const kb = (v) => (v / 1024).toFixed(0);
const total = (m, k) => [...m.values()].reduce((s, v) => s + v[k], 0);
console.log('### Compiled code after ready and a full GC, desktop 1280×800 (KB: machine code + bytecode)\n');
console.log('| | app | baseline | Δ |\n|---|---|---|---|');
for (const k of ['machine', 'bytecode'])
  console.log(
    `| ${k} | ${kb(total(result.app, k))} | ${kb(total(result.baseline, k))} | ${kb(total(result.app, k) - total(result.baseline, k))} |`,
  );
// What each group of sources is for: the labels (symbols, glyphs), data-driven styling, lines, the app itself.
const GROUPS = [
  [
    'MapLibre: labels (symbols, placement, collision, glyphs)',
    /symbol|glyph|tiny-sdf|font_face|collision|pbf/,
  ],
  ['MapLibre: expressions (data-driven styling, feature state)', /expression|style-spec/],
  ['MapLibre: lines and patterns', /line|pattern/],
  ['MapLibre: the rest', /^maplibre-gl/],
  ["the app's own code and libraries", /^src\/|^d3-|topojson|polylabel|lineclip/],
  ['module top-level code (unmapped)', /./],
];
const group = (k) => GROUPS.find(([, re]) => re.test(k))[0];
console.log('\n| group | app | baseline | Δ |\n|---|---|---|---|');
for (const [g] of GROUPS) {
  const sum = (m) =>
    [...m.entries()].filter(([k]) => group(k) === g).reduce((t, [, v]) => t + v.machine + v.bytecode, 0);
  console.log(
    `| ${g} | ${kb(sum(result.app))} | ${kb(sum(result.baseline))} | ${kb(sum(result.app) - sum(result.baseline))} |`,
  );
}
console.log('\n| source | app | baseline | Δ |\n|---|---|---|---|');
const keys = new Set([...result.app.keys(), ...result.baseline.keys()]);
const z = { machine: 0, bytecode: 0 };
[...keys]
  .map((k) => {
    const a = result.app.get(k) ?? z,
      b = result.baseline.get(k) ?? z;
    return { k, a: a.machine + a.bytecode, b: b.machine + b.bytecode };
  })
  .sort((p, q) => Math.abs(q.a - q.b) - Math.abs(p.a - p.b))
  .slice(0, Number(process.env.BENCH_ROWS ?? 30))
  .forEach(({ k, a, b }) => console.log(`| ${k} | ${kb(a)} | ${kb(b)} | ${kb(a - b)} |`));
