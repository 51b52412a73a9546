/**
 * el.replaceChildren(...children), except on a view's first render over its
 * prerendered twin (build/prerender-views.ts, marked data-prerendered): when
 * the nodes painted from the HTML are the same, they stay (no new paint, so
 * the largest contentful paint stays the HTML's). Only for views that keep
 * no references to the nodes they render.
 */
export function renderInto(el: Element, children: readonly (Node | string)[]): void {
  if (!el.hasAttribute('data-prerendered')) return el.replaceChildren(...children);
  el.removeAttribute('data-prerendered');
  const next = el.cloneNode(false) as Element;
  next.append(...children);
  // Parsed HTML has no adjacent text nodes; rendered nodes may.
  next.normalize();
  if (!next.isEqualNode(el)) el.replaceChildren(...next.childNodes);
}
