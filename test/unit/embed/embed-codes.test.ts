import { describe, expect, test } from 'vitest';
import {
  DEFAULT_CHOICES,
  embedCodes,
  embedQuery,
  embedUrls,
  fullPageUrl,
} from '../../../src/embed/embed-codes.ts';

const loc = {
  origin: 'https://maps.example.org',
  pathname: '/takedown/index.html',
  search: '?embed=1&fit=1&theme=dark&childId=x&country=fr',
};

describe('embed codes', () => {
  test('URLs come from the location: the page and its folder', () => {
    expect(embedUrls(loc)).toEqual({
      page: 'https://maps.example.org/takedown/index.html',
      dir: 'https://maps.example.org/takedown/',
    });
    expect(embedUrls({ origin: 'http://127.0.0.1:4173', pathname: '/' })).toEqual({
      page: 'http://127.0.0.1:4173/',
      dir: 'http://127.0.0.1:4173/',
    });
  });
  test('three snippets: plain iframe with fit, loader, amp-iframe with placeholder', () => {
    const [iframe, loader, amp] = embedCodes(embedUrls(loc), 'A "map" <title>');
    expect(iframe!.code).toContain('src="https://maps.example.org/takedown/index.html?embed=1&amp;fit=1"');
    expect(iframe!.code).toMatch(
      /title="A &quot;map&quot; &lt;title&gt;".*loading="lazy" allow="fullscreen; clipboard-write"/,
    );
    expect(loader!.code).toBe(
      '<div data-takedown-map-src="https://maps.example.org/takedown/index.html?embed=1" data-takedown-map-title="A &quot;map&quot; &lt;title&gt;"></div>\n' +
        '<script src="https://maps.example.org/takedown/embed.js" async></script>',
    );
    expect(amp!.code).toMatch(
      /^<amp-iframe [^>]*layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups"[^>]* resizable/,
    );
    expect(amp!.code).toContain('<div overflow');
    expect(amp!.code).toContain(
      '<amp-img placeholder layout="fill" src="https://maps.example.org/takedown/static-map-wide.png"',
    );
  });
  test('the full page keeps the theme, drops embed flags and follows the selection', () => {
    expect(fullPageUrl(loc, { kind: 'country', code: 'FR' as never })).toBe(
      'https://maps.example.org/takedown/index.html?theme=dark#country=fr',
    );
    expect(fullPageUrl({ ...loc, search: '?embed=1' }, { kind: 'overview' })).toBe(
      'https://maps.example.org/takedown/index.html',
    );
  });
  test('the full page follows the tour step too; the strike is the page itself (a strike flag is dropped)', () => {
    expect(
      fullPageUrl(
        { ...loc, search: '?embed=1&show=map&title=0&strike=2017-06' },
        { kind: 'country', code: 'FR' as never },
        { strike: '2017-06', step: null },
      ),
    ).toBe('https://maps.example.org/takedown/index.html#country=fr');
    expect(fullPageUrl({ ...loc, search: '?embed=1' }, { kind: 'hub' }, { strike: '2018-04', step: 3 })).toBe(
      'https://maps.example.org/takedown/index.html#step=3',
    );
  });
  test('the editor’s choices become render flags in every code; defaults are left out', () => {
    expect(embedQuery(DEFAULT_CHOICES, false)).toBe('embed=1');
    expect(embedQuery(DEFAULT_CHOICES, true)).toBe('embed=1&fit=1');
    const c = { show: 'map', title: false, theme: 'dark', country: 'fr', strike: '2017-06' } as const;
    expect(embedQuery(c, true)).toBe('embed=1&fit=1&show=map&title=0&theme=dark&country=fr&strike=2017-06');
    const [iframe, loader, amp] = embedCodes(embedUrls(loc), 'Map', c);
    expect(iframe!.code).toContain(
      'index.html?embed=1&amp;fit=1&amp;show=map&amp;title=0&amp;theme=dark&amp;country=fr&amp;strike=2017-06"',
    );
    expect(loader!.code).toContain(
      'index.html?embed=1&amp;show=map&amp;title=0&amp;theme=dark&amp;country=fr&amp;strike=2017-06"',
    );
    expect(amp!.code).toContain('index.html?embed=1&amp;show=map');
  });
});
