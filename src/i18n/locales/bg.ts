/** Everything in one language, as one lazily loaded chunk: the interface catalogue and the content translations. */
export { BG as messages } from '../messages/bg.ts';
export { BG as content } from '../content/bg.ts';
