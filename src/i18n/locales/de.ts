/** Everything in one language, as one lazily loaded chunk: the interface catalogue and the content translations. */
export { DE as messages } from '../messages/de.ts';
export { DE as content } from '../content/de.ts';
