/**
 * Moves focus to an element the last render may just have inserted (the new
 * question's legend, the result's heading). Firefox does not focus a fresh
 * element with tabindex="-1" before it has been laid out, so layout is forced
 * first; if focus still did not land, it is tried again after the next frame.
 */
export function moveFocus(target: HTMLElement | null | undefined) {
  if (!target) return;
  const landed = () => (target.getRootNode() as Document | ShadowRoot).activeElement === target;
  target.getBoundingClientRect();
  target.focus();
  if (!landed()) requestAnimationFrame(() => target.isConnected && target.focus());
}
