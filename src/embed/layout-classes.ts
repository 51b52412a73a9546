/** The page's layout classes from the options; set on <html> before the first picture (main.ts) and by the app. */
import type { AppOptions } from '../app-options.ts';

/** The classes embed.css lays out by; none on the full page. */
export function layoutClasses(o: AppOptions): string[] {
  if (!o.embed) return [];
  return [
    'op-embed',
    o.show !== 'full' && 'op-compact',
    o.show === 'map' && 'op-show-map',
    o.fit && 'op-fit',
    !o.title && 'op-no-title',
  ].filter((c): c is string => typeof c === 'string');
}
