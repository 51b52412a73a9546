/** TEMPLATE: the pages only this operation cites (shared ones, e.g. 'europol' or 'worldForum', are in src/data/sources.ts). */
import type { Source } from '../../types.ts';

export const SOURCES: Readonly<Record<string, Source>> = {
  templatePage: {
    publisher: 'Replace: the publisher',
    about: 'Replace: what the page is, in our words',
    url: 'https://example.org/replace-with-the-page',
    date: '2099-01-02',
  },
};
