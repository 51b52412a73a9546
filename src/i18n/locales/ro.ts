/** Everything in one language, as one lazily loaded chunk: the interface catalogue and the content translations. */
export { RO as messages } from '../messages/ro.ts';
export { RO as content } from '../content/ro.ts';
