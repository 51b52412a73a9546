/** Everything in one language, as one lazily loaded chunk: the interface catalogue and the content translations. */
export { FR as messages } from '../messages/fr.ts';
export { FR as content } from '../content/fr.ts';
