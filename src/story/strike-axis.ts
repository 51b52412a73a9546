/**
 * The campaign as a real time axis: a d3 UTC time scale from the start of
 * the first strike's year to the end of the last one's, year ticks, and each
 * strike placed at its month. Pure: the timeline draws what this returns.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { StrikeId } from '../data/types.ts';

/** The middle of a strike's month (ids are yyyy-mm). */
export const strikeDate = (id: StrikeId): Date => {
  const [y, m] = id.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 15));
};

export interface StrikeAxis {
  /** Year ticks: label and position along the axis, 0–100 %. */
  readonly ticks: readonly { readonly label: string; readonly at: number }[];
  /** Each strike's position along the axis, 0–100 %. */
  readonly strikes: readonly { readonly id: StrikeId; readonly at: number }[];
}

export function strikeAxis(ids: readonly StrikeId[]): StrikeAxis {
  const dates = ids.map(strikeDate);
  const first = dates.reduce((a, b) => (a < b ? a : b));
  const last = dates.reduce((a, b) => (a > b ? a : b));
  const x = scaleUtc()
    .domain([utcYear.floor(first), utcYear.ceil(last)])
    .range([0, 100]);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    ticks: x.ticks(utcYear).map((d) => ({ label: String(d.getUTCFullYear()), at: round(x(d)) })),
    strikes: ids.map((id, i) => ({ id, at: round(x(dates[i]!)) })),
  };
}
