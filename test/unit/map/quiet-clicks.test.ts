import type { Map as MlMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { quietClicks } from '../../../src/map/quiet-clicks.ts';

/**
 * A stand-in for MapLibre's HandlerManager, as far as quiet-clicks.ts uses it: its own
 * _triggerRenderFrame asks _requestFrame (which repaints the map) unless a frame is pending.
 */
function fakeHandlers() {
  const h = {
    _changes: [] as [Record<string, unknown>, ...unknown[]][],
    _frameId: undefined as number | undefined,
    active: false,
    repaints: 0,
    frames: [] as string[],
    _requestFrame() {
      h.repaints++;
      return 7;
    },
    _triggerRenderFrame() {
      if (h._frameId === undefined) h._frameId = h._requestFrame();
    },
    _applyChanges() {
      h.frames.push('apply');
      h._changes = [];
    },
    handleEvent(e: { type: string }) {
      h.frames.push(e.type);
    },
    isActive: () => h.active,
  };
  return h;
}
const mapWith = (h: unknown) => ({ _handlers: h }) as unknown as MlMap;
const ended = (): [Record<string, unknown>, unknown, unknown] => [{}, {}, { mousePan: {} }];
const pan = (): [Record<string, unknown>, unknown, unknown] => [{ panDelta: { mag: () => 3 } }, {}, {}];

describe('quietClicks(): handler frames that change nothing do not repaint the map', () => {
  let frames: Map<number, FrameRequestCallback>;
  let next = 1;
  const runFrames = () => {
    const now = [...frames.values()];
    frames.clear();
    for (const f of now) f(16);
  };
  beforeEach(() => {
    frames = new Map();
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
      frames.set(next, f);
      return next++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  test('a frame that only ends a handler (a click) runs its bookkeeping without a repaint', () => {
    const h = fakeHandlers();
    quietClicks(mapWith(h));
    h._changes.push(ended());
    h._triggerRenderFrame();
    h._triggerRenderFrame();
    expect(h.repaints).toBe(0);
    expect(frames.size).toBe(1);
    runFrames();
    expect(h.frames).toEqual(['renderFrame', 'apply']);
    expect(h._frameId).toBeUndefined();
    expect(h.repaints).toBe(0);
  });

  test('a frame that moves the camera, asks for frames, or has a handler active goes MapLibre’s way', () => {
    for (const setUp of [
      (h: ReturnType<typeof fakeHandlers>) => h._changes.push(pan()),
      (h: ReturnType<typeof fakeHandlers>) => h._changes.push([{ zoomDelta: 0.5 }, {}, {}]),
      (h: ReturnType<typeof fakeHandlers>) => h._changes.push([{ needsRenderFrame: true }, {}, {}]),
      (h: ReturnType<typeof fakeHandlers>) => {
        h._changes.push(ended());
        h.active = true;
      },
      // A wheel asks for a frame before any change is recorded.
      () => {},
    ]) {
      const h = fakeHandlers();
      quietClicks(mapWith(h));
      setUp(h);
      h._triggerRenderFrame();
      expect(h.repaints).toBe(1);
      expect(frames.size).toBe(0);
    }
  });

  test('a quiet frame still pending becomes MapLibre’s frame as soon as a change arrives', () => {
    const h = fakeHandlers();
    quietClicks(mapWith(h));
    h._changes.push(ended());
    h._triggerRenderFrame();
    h._changes.push(pan());
    h._triggerRenderFrame();
    expect(h.repaints).toBe(1);
    expect(frames.size).toBe(0);
    expect(h._frameId).toBe(7);
  });

  test('the teardown cancels a pending quiet frame and puts MapLibre’s scheduling back', () => {
    const h = fakeHandlers();
    const own = h._triggerRenderFrame;
    const undo = quietClicks(mapWith(h));
    h._changes.push(ended());
    h._triggerRenderFrame();
    undo();
    expect(frames.size).toBe(0);
    expect(h._frameId).toBeUndefined();
    expect(h._triggerRenderFrame).toBe(own);
  });

  test('a map without the expected handler manager is left alone', () => {
    expect(() => quietClicks(mapWith(undefined))()).not.toThrow();
    const partial = { _changes: [] };
    quietClicks(mapWith(partial))();
    expect(partial).toEqual({ _changes: [] });
  });
});
