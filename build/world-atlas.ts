/** The world-atlas outlines read from node_modules: the one loader for the build plugins, the bench and the tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CountriesTopology } from '../src/geo/build-map-data.ts';

const require = createRequire(import.meta.url);

export const WORLD_ATLAS = 'world-atlas/countries-110m.json';

export const loadWorldAtlas = (): CountriesTopology =>
  JSON.parse(readFileSync(require.resolve(WORLD_ATLAS), 'utf8')) as CountriesTopology;
