import { describe, expect, it } from 'vitest';
import { inSteps } from '../../../src/app/in-steps.ts';

/** A pause the test releases by hand, so what runs before and after each pause can be seen. */
function manualPause() {
  const waiting: Array<() => void> = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: async () => {
      waiting.shift()?.();
      // Let the awaiting loop run on to its next pause.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    get pending() {
      return waiting.length;
    },
  };
}

describe('inSteps', () => {
  it('runs the first piece at once and each next one only after a pause', async () => {
    const ran: string[] = [];
    const p = manualPause();
    const done = inSteps(
      [() => ran.push('a'), () => ran.push('b'), () => ran.push('c')],
      p.pause,
      () => false,
    );
    expect(ran).toEqual(['a']);
    await Promise.resolve();
    expect(p.pending).toBe(1);
    await p.release();
    expect(ran).toEqual(['a', 'b']);
    await p.release();
    await done;
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(p.pending).toBe(0);
  });

  it('runs nothing more once cancelled, not even the first piece when cancelled before', async () => {
    const ran: string[] = [];
    let cancelled = false;
    const p = manualPause();
    const done = inSteps([() => ran.push('a'), () => ran.push('b')], p.pause, () => cancelled);
    cancelled = true;
    await p.release();
    await done;
    expect(ran).toEqual(['a']);
    const none: string[] = [];
    await inSteps([() => none.push('a')], p.pause, () => true);
    expect(none).toEqual([]);
  });

  it('stops at a piece that throws and rejects with its error', async () => {
    const ran: string[] = [];
    const boom = new Error('boom');
    const done = inSteps(
      [
        () => ran.push('a'),
        () => {
          throw boom;
        },
        () => ran.push('c'),
      ],
      () => Promise.resolve(),
      () => false,
    );
    await expect(done).rejects.toBe(boom);
    expect(ran).toEqual(['a']);
  });
});
