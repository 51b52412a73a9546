/**
 * Auto-height: a ResizeObserver on the document root posts the rounded-up
 * height to the host in every protocol we speak (messages.ts), only when it
 * changed. No polling.
 */
import { heightMessages } from './messages.ts';

export interface PostHeightOptions {
  /** Where the messages go: window.parent. */
  readonly parent: Pick<Window, 'postMessage'>;
  /** The element whose height is the document's: document.documentElement. */
  readonly root: Element;
  readonly childId: string | null;
  readonly Observer?: typeof ResizeObserver;
}

export function postHeight(o: PostHeightOptions) {
  let last = -1;
  const send = () => {
    const height = Math.ceil(o.root.getBoundingClientRect().height);
    if (!(height > 0) || height === last) return;
    last = height;
    // Heights are not secret and the host's origin is unknown to us: '*' like pym.js and AMP.
    for (const m of heightMessages(height, o.childId)) o.parent.postMessage(m, '*');
  };
  const Observer = o.Observer ?? ResizeObserver;
  const observer = new Observer(send);
  observer.observe(o.root);
  return { destroy: () => observer.disconnect() };
}
