/** The land the North America inset is fitted to. Pure. */
import { bboxesMeet, bboxOf, padBBox, type LngLat } from './mercator.ts';
import { largestPolygon, type Rings } from './polygons.ts';

/**
 * The land the inset is fitted to: each North American participant's main
 * polygon, and any other of its polygons north of 24° (not Hawaii) that
 * meets the box those make (widened by a tenth), until none is left. So Canada with the US takes
 * Alaska and the Arctic islands (they adjoin Canada), while the US alone is
 * framed on its lower 48 states, not on all of North America for Alaska.
 */
const INSET_REACH = 0.1;

export function insetLand(countries: readonly (readonly Rings[])[]): LngLat[] {
  const mains = countries.map((polys) => largestPolygon(polys));
  let rest = countries.flatMap((polys, i) =>
    polys.filter((p) => p !== mains[i] && (p[0]?.[0]?.[1] ?? 0) > 24),
  );
  const taken = mains.flatMap((p) => p[0] ?? []);
  for (let grew = taken.length > 0; grew;) {
    // Within a tenth of the box: islands off a coast the box already holds (the Aleutians) come with it.
    const box = padBBox(bboxOf(taken), INSET_REACH);
    const joining = rest.filter((p) => bboxesMeet(bboxOf(p[0] ?? []), box));
    rest = rest.filter((p) => !joining.includes(p));
    taken.push(...joining.flatMap((p) => p[0] ?? []));
    grew = joining.length > 0;
  }
  return taken;
}
