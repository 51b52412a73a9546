import { describe, expect, test } from 'vitest';
import {
  ampEmbedSize,
  heightMessages,
  pymMessage,
  readyMessage,
  selectionMessage,
} from '../../../src/embed/messages.ts';

describe('messages to the host', () => {
  test('pym.js string format', () => {
    expect(pymMessage('police-map', 'height', '642')).toBe('pymxPYMxpolice-mapxPYMxheightxPYMx642');
    expect(/^pymxPYMx(\S+)xPYMx(\S+)xPYMx(.*)$/.exec(pymMessage('a-1', 'height', '10'))?.slice(1)).toEqual([
      'a-1',
      'height',
      '10',
    ]);
  });
  test('AMP embed-size object', () => {
    expect(ampEmbedSize(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });
  test('one height in every protocol; pym only with a childId', () => {
    expect(heightMessages(700, 'g1')).toEqual([
      'pymxPYMxg1xPYMxheightxPYMx700',
      { sentinel: 'amp', type: 'embed-size', height: 700 },
      { source: 'takedown-map', type: 'height', height: 700 },
    ]);
    expect(heightMessages(700, null)).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 700 },
      { source: 'takedown-map', type: 'height', height: 700 },
    ]);
  });
  test('ready, select and deselect', () => {
    expect(readyMessage('ready')).toEqual({ source: 'takedown-map', type: 'ready', mapState: 'ready' });
    expect(selectionMessage('FR')).toEqual({ source: 'takedown-map', type: 'select', country: 'fr' });
    expect(selectionMessage('hub')).toEqual({ source: 'takedown-map', type: 'select', country: 'hub' });
    expect(selectionMessage(null)).toEqual({ source: 'takedown-map', type: 'deselect' });
  });
  test('messages survive structured cloning (no functions, no prototypes)', () => {
    for (const m of [...heightMessages(1, 'x'), readyMessage('error'), selectionMessage('BE')])
      expect(structuredClone(m)).toEqual(m);
  });
});
