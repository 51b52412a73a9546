/**
 * What the map was last told, per feature: each setFeatureState makes
 * MapLibre recompute and re-upload the paint buffers of that feature in
 * every tile of its source (a country's fine outline is thousands of
 * vertices), so a click or a hover tells only the features whose state
 * changed. `clear()` forgets everything, for when the map itself dropped the
 * state (a new style, a restored WebGL context). Pure, no MapLibre.
 */
export type FeatureStateValue = string | number | boolean;
export type FeatureStateRecord = Readonly<Record<string, FeatureStateValue>>;

export interface FeatureStateCache {
  /**
   * True when `state` differs from what was last recorded for `source`/`id`
   * (or nothing was), and records it; false when the map already has it.
   */
  changed(source: string, id: string, state: FeatureStateRecord): boolean;
  /** Forget every record: the next `changed` is true for every feature. */
  clear(): void;
}

const sameRecord = (a: FeatureStateRecord, b: FeatureStateRecord): boolean => {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
};

export function featureStateCache(): FeatureStateCache {
  const bySource = new Map<string, Map<string, FeatureStateRecord>>();
  return {
    changed(source, id, state) {
      let ids = bySource.get(source);
      if (!ids) bySource.set(source, (ids = new Map()));
      const last = ids.get(id);
      if (last && sameRecord(last, state)) return false;
      ids.set(id, { ...state });
      return true;
    },
    clear() {
      bySource.clear();
    },
  };
}
