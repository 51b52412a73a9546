/**
 * Messages the embedded map posts to its host page (anchors-features.md §2.6):
 * the pym.js `height` string, AMP's `embed-size` object and our own
 * namespaced objects. Pure builders; post-height.ts and bind-host.ts send them.
 */
export const SOURCE = 'takedown-map';

/** Our own child → host messages. `country` is lower-case alpha-2 or 'hub'. */
export type ChildMessage =
  | { readonly source: typeof SOURCE; readonly type: 'height'; readonly height: number }
  | { readonly source: typeof SOURCE; readonly type: 'ready'; readonly mapState: string }
  | { readonly source: typeof SOURCE; readonly type: 'select'; readonly country: string }
  | { readonly source: typeof SOURCE; readonly type: 'deselect' };

export interface AmpEmbedSize {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

/** pym.js: `pymxPYMx<id>xPYMx<type>xPYMx<message>`. */
export const pymMessage = (childId: string, type: string, message: string): string =>
  ['pym', childId, type, message].join('xPYMx');

export const ampEmbedSize = (height: number): AmpEmbedSize => ({
  sentinel: 'amp',
  type: 'embed-size',
  height,
});

export const heightMessage = (height: number): ChildMessage => ({ source: SOURCE, type: 'height', height });
export const readyMessage = (mapState: string): ChildMessage => ({ source: SOURCE, type: 'ready', mapState });
/** `key` is the selection key ('FR', 'hub') or null for the overview. */
export const selectionMessage = (key: string | null): ChildMessage =>
  key === null
    ? { source: SOURCE, type: 'deselect' }
    : { source: SOURCE, type: 'select', country: key.toLowerCase() };

/** Everything to post for one height: pym (only when a pym parent gave us a childId), AMP, ours. */
export function heightMessages(height: number, childId: string | null): Array<string | object> {
  const out: Array<string | object> = [ampEmbedSize(height), heightMessage(height)];
  if (childId) out.unshift(pymMessage(childId, 'height', String(height)));
  return out;
}
