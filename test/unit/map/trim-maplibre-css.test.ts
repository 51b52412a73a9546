import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { trimCss } from '../../../build/trim-css.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const trimmed = trimCss(css);
const classes = (s: string) => new Set(s.match(/maplibregl-[a-z-]+/g));

describe('maplibre-gl.css trimmed to what the app creates (build/trim-css.ts)', () => {
  test('keeps the map, canvas, controls the app adds (zoom, full screen) and cooperative gestures', () => {
    const kept = classes(trimmed);
    for (const c of [
      'maplibregl-map',
      'maplibregl-canvas-container',
      'maplibregl-canvas',
      'maplibregl-ctrl-top-right',
      'maplibregl-ctrl-group',
      'maplibregl-ctrl-zoom-in',
      'maplibregl-ctrl-zoom-out',
      'maplibregl-ctrl-fullscreen',
      'maplibregl-ctrl-shrink',
      'maplibregl-cooperative-gesture-screen',
      'maplibregl-boxzoom',
    ])
      expect(kept.has(c), c).toBe(true);
    // Every rule of the original that names only kept classes is still there, body and all.
    const zoomIn = /\.maplibregl-ctrl button\.maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{[^}]*\}/;
    expect(trimmed).toMatch(zoomIn);
  });

  test('drops popups, markers, attribution, logo, scale, geolocation, compass, terrain, globe', () => {
    const kept = classes(trimmed);
    for (const c of kept)
      expect(c).not.toMatch(/popup|marker|attrib|logo|scale|geolocate|compass|terrain|globe|user-location/);
    expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(css).length / 2);
  });

  test('keeps at-rules balanced and drops ones left empty', () => {
    expect(
      trimCss('@media (x){.a{color:red}.maplibregl-popup{b:c}}@media (y){.maplibregl-marker{b:c}}'),
    ).toBe('@media (x){.a{color:red}}');
    expect(trimCss('.a,.maplibregl-popup-tip{b:"}"}')).toBe('.a{b:"}"}');
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
  });
});
