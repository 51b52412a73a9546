/** Small expressions the style's layers share. */
import type { ExpressionSpecification } from 'maplibre-gl';

/** A feature of the main map or of the inset. */
export const partIs = (p: 'main' | 'inset'): ExpressionSpecification => ['==', ['get', 'part'], p];
/** A boolean feature-state, false when unset. */
export const featureState = (key: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];
/** A feature's property. */
export const prop = (key: string): ExpressionSpecification => ['get', key];
