import { describe, expect, test } from 'vitest';
import { embedCodes, embedUrls, fullPageUrl } from '../../../src/embed/embed-codes.ts';

const loc = { origin: 'https://maps.example.org', pathname: '/takedown/index.html', search: '?embed=1&fit=1&theme=dark&childId=x&country=fr' };

describe('embed codes', () => {
  test('URLs come from the location: the page and its folder', () => {
    expect(embedUrls(loc)).toEqual({ page: 'https://maps.example.org/takedown/index.html', dir: 'https://maps.example.org/takedown/' });
    expect(embedUrls({ origin: 'http://127.0.0.1:4173', pathname: '/' })).toEqual({ page: 'http://127.0.0.1:4173/', dir: 'http://127.0.0.1:4173/' });
  });
  test('three snippets: plain iframe with fit, loader, amp-iframe with placeholder', () => {
    const [iframe, loader, amp] = embedCodes(embedUrls(loc), 'A "map" <title>');
    expect(iframe!.code).toContain('src="https://maps.example.org/takedown/index.html?embed=1&amp;fit=1"');
    expect(iframe!.code).toMatch(/title="A &quot;map&quot; &lt;title&gt;".*loading="lazy" allow="fullscreen"/);
    expect(loader!.code).toBe('<div data-takedown-map-src="https://maps.example.org/takedown/index.html?embed=1" data-takedown-map-title="A &quot;map&quot; &lt;title&gt;"></div>\n'
      + '<script src="https://maps.example.org/takedown/embed.js" async></script>');
    expect(amp!.code).toMatch(/^<amp-iframe [^>]*layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups"[^>]* resizable/);
    expect(amp!.code).toContain('<div overflow');
    expect(amp!.code).toContain('<amp-img placeholder layout="fill" src="https://maps.example.org/takedown/static-map-wide.png"');
  });
  test('the full page keeps the theme, drops embed flags and follows the selection', () => {
    expect(fullPageUrl(loc, { kind: 'country', code: 'FR' as never })).toBe('https://maps.example.org/takedown/index.html?theme=dark#country=fr');
    expect(fullPageUrl({ ...loc, search: '?embed=1' }, { kind: 'overview' })).toBe('https://maps.example.org/takedown/index.html');
  });
});
