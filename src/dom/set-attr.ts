/**
 * Writes that skip what is already there: views re-rendered on every state
 * change (a hover is one) leave unchanged nodes untouched, so the next frame
 * has nothing of theirs to restyle.
 */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function setClass(el: Element, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}
