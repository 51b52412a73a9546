import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, test, vi } from 'vitest';
import { skipEmptySky, skyHasColour } from '../../../src/map/skip-empty-sky.ts';

const transparent = { r: 0, g: 0, b: 0, a: 0 };
const blue = { r: 0.5, g: 0.7, b: 1, a: 1 };
/** What MapLibre's Painter.render hands the sky draw: the evaluated sky of the style. */
const frame = (sky: object | undefined) => ({ data: { sky } });

function fakeMap() {
  const drawSky = vi.fn();
  const drawFunctions = { sky: drawSky, line: vi.fn() };
  const map = { painter: { drawFunctions } } as unknown as MlMap;
  const sky = (f: object) =>
    (map.painter.drawFunctions.sky as unknown as (m: null, f: object) => void)(null, f);
  return { map, drawSky, drawFunctions, sky };
}

describe('skyHasColour()', () => {
  test('a style with no sky (MapLibre makes one with transparent colours) has nothing to draw', () => {
    expect(skyHasColour({ 'sky-color': transparent, 'horizon-color': transparent })).toBe(false);
    expect(skyHasColour(undefined)).toBe(false);
  });
  test('a sky or horizon colour is drawn', () => {
    expect(skyHasColour({ 'sky-color': blue, 'horizon-color': transparent })).toBe(true);
    expect(skyHasColour({ 'sky-color': transparent, 'horizon-color': blue })).toBe(true);
  });
});

describe('skipEmptySky()', () => {
  test('skips the draw of a colourless sky, and only that', () => {
    const { map, drawSky, drawFunctions, sky } = fakeMap();
    expect(skipEmptySky(map)).toBe(true);
    sky(frame({ 'sky-color': transparent, 'horizon-color': transparent }));
    expect(drawSky).not.toHaveBeenCalled();
    // The other draw functions are MapLibre's own.
    expect(map.painter.drawFunctions.line).toBe(drawFunctions.line);
  });

  test('still draws a sky that has a colour (map.setSky())', () => {
    const { map, drawSky, sky } = fakeMap();
    skipEmptySky(map);
    const f = frame({ 'sky-color': blue, 'horizon-color': transparent });
    sky(f);
    expect(drawSky).toHaveBeenCalledWith(null, f);
  });

  test("copies the painter's draw functions: MapLibre's shared object (every map's) is left as it was", () => {
    const { map, drawSky, drawFunctions } = fakeMap();
    skipEmptySky(map);
    expect(drawFunctions.sky).toBe(drawSky);
    expect(map.painter.drawFunctions).not.toBe(drawFunctions);
  });

  test('wraps once, however often it is called (a restored context calls it again)', () => {
    const { map, drawSky, sky } = fakeMap();
    skipEmptySky(map);
    const first = map.painter.drawFunctions.sky;
    expect(skipEmptySky(map)).toBe(true);
    expect(map.painter.drawFunctions.sky).toBe(first);
    sky(frame({ 'sky-color': blue }));
    expect(drawSky).toHaveBeenCalledTimes(1);
  });

  test('a MapLibre without the draw function it knows is left alone, and says so', () => {
    const renamed = { painter: { drawFunctions: { skybox: vi.fn() } } } as unknown as MlMap;
    expect(skipEmptySky(renamed)).toBe(false);
    expect(Object.keys(renamed.painter.drawFunctions)).toEqual(['skybox']);
    expect(skipEmptySky({} as MlMap)).toBe(false);
  });
});
