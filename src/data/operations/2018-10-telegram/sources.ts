/**
 * Sources only this operation cites. The Europol release is quoted in facts.md §4;
 * its title as read off the stored page (docs/research/operations-2018-10-and-2019-11.md).
 */
import type { Source } from '../../types.ts';

export const SOURCES: Readonly<Record<string, Source>> = {
  europolRad2018: {
    publisher: 'Europol',
    title: 'Referral Action Day with six EU Member states and Telegram',
    titleFrom: 'page',
    about: 'Europol’s press release on the Referral Action Day of 3 October 2018',
    url: 'https://www.europol.europa.eu/newsroom/news/referral-action-day-six-eu-member-states-and-telegram',
    date: '2018-10-05',
  },
};
