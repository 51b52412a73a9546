// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { postHeight } from '../../../src/embed/post-height.ts';

/** A ResizeObserver we drive by hand; `height` is what the root measures. */
function harness(childId: string | null = 'g1') {
  const root = document.createElement('div');
  let height = 0;
  root.getBoundingClientRect = () => ({
    height,
    width: 300,
    top: 0,
    left: 0,
    right: 300,
    bottom: height,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  const posted: Array<[unknown, string]> = [];
  const parent = {
    postMessage: (m: unknown, origin: string) => {
      posted.push([m, origin]);
    },
  } as unknown as Window;
  const observers: FakeObserver[] = [];
  class FakeObserver {
    observed: Element[] = [];
    disconnected = false;
    constructor(readonly cb: ResizeObserverCallback) {
      observers.push(this);
    }
    observe(el: Element) {
      this.observed.push(el);
    }
    unobserve() {}
    disconnect() {
      this.disconnected = true;
    }
    fire() {
      if (!this.disconnected) this.cb([], this);
    }
  }
  const handle = postHeight({ parent, root, childId, Observer: FakeObserver });
  return {
    root,
    posted,
    handle,
    observer: observers[0]!,
    resize(h: number) {
      height = h;
      observers[0]!.fire();
    },
  };
}

describe('postHeight()', () => {
  test('observes the root and posts pym, AMP and our height, rounded up', () => {
    const t = harness();
    expect(t.observer.observed).toEqual([t.root]);
    t.resize(640.2);
    expect(t.posted).toEqual([
      ['pymxPYMxg1xPYMxheightxPYMx641', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 641 }, '*'],
      [{ source: 'takedown-map', type: 'height', height: 641 }, '*'],
    ]);
  });
  test('skips unchanged heights and zero', () => {
    const t = harness(null);
    t.resize(0);
    expect(t.posted).toEqual([]);
    t.resize(700);
    t.resize(699.5);
    t.resize(700);
    expect(t.posted).toHaveLength(2);
    t.resize(812);
    expect(t.posted.map(([m]) => (m as { height: number }).height)).toEqual([700, 700, 812, 812]);
  });
  test('no pym string without a childId', () => {
    const t = harness(null);
    t.resize(500);
    expect(t.posted.some(([m]) => typeof m === 'string')).toBe(false);
  });
  test('destroy disconnects: nothing more is posted', () => {
    const t = harness();
    t.handle.destroy();
    expect(t.observer.disconnected).toBe(true);
    t.resize(900);
    expect(t.posted).toEqual([]);
  });
});
