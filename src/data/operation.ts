/** The default operation (dist/index.html): the 25–26 April 2018 takedown. */
export { OPERATION, TOUR } from './operations/2018-04-takedown/index.ts';
