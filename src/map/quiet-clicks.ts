/**
 * A click on the map moves nothing, yet MapLibre redraws the whole map for
 * it: its mouse pan handler turns active on mousedown, and its end on
 * mouseup asks the handler manager for a render frame, which repaints the
 * map. That redraw lands in the frame that paints the click's panel, and in
 * software GL a frame with the map in it costs the compositor about 2.5
 * times a DOM-only one (bench/results.md). Here a handler frame that only
 * ends handlers (no camera change, no handler still active) runs in a plain
 * animation frame instead: the same handler bookkeeping and events, no map
 * redraw. Every other frame goes MapLibre's own way, and a quiet frame
 * still pending becomes MapLibre's own frame as soon as a change arrives.
 *
 * It reaches MapLibre's private handler manager (maplibre-gl is pinned in
 * package.json; test/e2e/clicks.e2e.test.ts fails if this stops working);
 * when the manager is not there as expected it does nothing.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** The part of a HandlerResult that moves the camera or asks for frames. */
interface Change {
  readonly panDelta?: { mag(): number };
  readonly zoomDelta?: number;
  readonly bearingDelta?: number;
  readonly pitchDelta?: number;
  readonly rollDelta?: number;
  readonly needsRenderFrame?: boolean;
}

/** MapLibre's HandlerManager, as far as this module uses it. */
interface Handlers {
  _changes: [Change, ...unknown[]][];
  _frameId?: number;
  _requestFrame(): number;
  _triggerRenderFrame(): void;
  _applyChanges(): void;
  handleEvent(e: { type: 'renderFrame'; timeStamp: number }): void;
  isActive(): boolean;
}

const moves = (c: Change) =>
  Boolean(
    c.panDelta?.mag() || c.zoomDelta || c.bearingDelta || c.pitchDelta || c.rollDelta || c.needsRenderFrame,
  );

const handlersOf = (map: MlMap): Handlers | null => {
  const h = (map as unknown as { _handlers?: Partial<Handlers> })._handlers;
  return h &&
    Array.isArray(h._changes) &&
    typeof h._requestFrame === 'function' &&
    typeof h._triggerRenderFrame === 'function' &&
    typeof h._applyChanges === 'function' &&
    typeof h.handleEvent === 'function' &&
    typeof h.isActive === 'function'
    ? (h as Handlers)
    : null;
};

/**
 * Keep MapLibre from redrawing the map for handler frames that change nothing
 * (a click, a press without a drag). Returns the teardown, which puts
 * MapLibre's own scheduling back.
 */
export function quietClicks(map: MlMap): () => void {
  const h = handlersOf(map);
  if (!h) return () => {};
  const own = h._triggerRenderFrame;
  // A frame with nothing to draw: there are changes to apply, none of them moves the camera, no handler is active.
  const quiet = () => h._changes.length > 0 && !h._changes.some(([c]) => !c || moves(c)) && !h.isActive();
  let frame: number | null = null;
  const cancelQuiet = () => {
    if (frame === null) return;
    cancelAnimationFrame(frame);
    frame = null;
    delete h._frameId;
  };
  h._triggerRenderFrame = () => {
    if (frame !== null && !quiet()) cancelQuiet();
    if (h._frameId !== undefined) return;
    if (!quiet()) {
      h._frameId = h._requestFrame();
      return;
    }
    // MapLibre's frame task, without the map repaint its _requestFrame asks for.
    frame = requestAnimationFrame((timeStamp) => {
      frame = null;
      delete h._frameId;
      h.handleEvent({ type: 'renderFrame', timeStamp });
      h._applyChanges();
    });
    h._frameId = -1;
  };
  return () => {
    cancelQuiet();
    h._triggerRenderFrame = own;
  };
}
