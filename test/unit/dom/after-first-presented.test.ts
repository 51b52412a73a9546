import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterFirstPresented } from '../../../src/dom/after-paint.ts';

/** A stand-in for the browser's paint timing: `paint()` delivers first-contentful-paint to the observers. */
function fakePaintTiming(supported = ['paint', 'mark']) {
  const observers: { cb: (list: { getEntriesByName: (n: string) => unknown[] }) => void; on: boolean }[] = [];
  let painted = false;
  class FakeObserver {
    static supportedEntryTypes = supported;
    private readonly o;
    constructor(cb: (typeof observers)[number]['cb']) {
      this.o = { cb, on: false };
      observers.push(this.o);
    }
    observe() {
      this.o.on = true;
    }
    disconnect() {
      this.o.on = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name: string) =>
    painted && name === 'first-contentful-paint' ? ([{ name }] as unknown as PerformanceEntryList) : [],
  );
  return {
    paint() {
      painted = true;
      for (const o of observers)
        if (o.on) o.cb({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{ name: n }] : []) });
    },
    listening: () => observers.filter((o) => o.on).length,
  };
}
const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('afterFirstPresented()', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    performance.clearMarks();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test('waits for the first contentful paint to be reported, then stops listening and marks it', async () => {
    const timing = fakePaintTiming();
    const p = afterFirstPresented();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(p)).toBe(false);
    timing.paint();
    expect(await settled(p)).toBe(true);
    expect(timing.listening()).toBe(0);
    expect(performance.getEntriesByType('mark').map((m) => m.name)).toContain('takedown:first-presented');
  });

  test('resolves at once when the paint was already reported', async () => {
    const timing = fakePaintTiming();
    timing.paint();
    expect(await settled(afterFirstPresented())).toBe(true);
    expect(timing.listening()).toBe(0);
  });

  test('a page that never paints (hidden) goes on after the timeout', async () => {
    const timing = fakePaintTiming();
    const p = afterFirstPresented(2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toBe(true);
    expect(timing.listening()).toBe(0);
    expect(performance.getEntriesByType('mark').map((m) => m.name)).toContain(
      'takedown:first-presented-timeout',
    );
  });

  test('a browser without paint timing does not wait', async () => {
    fakePaintTiming(['mark']);
    expect(await settled(afterFirstPresented())).toBe(true);
  });
});
