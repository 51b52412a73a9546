/** Everything in one language, as one lazily loaded chunk: the interface catalogue and the content translations. */
export { NL as messages } from '../messages/nl.ts';
export { NL as content } from '../content/nl.ts';
