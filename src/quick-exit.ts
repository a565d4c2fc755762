/**
 * Quick exit: leaves the page at once for a neutral one, so nobody looking over
 * the visitor's shoulder sees it, and Back does not return here. Shift pressed
 * three times in a row, with no other key between and within about a second,
 * does the same (as GOV.UK's "Exit this page" does). One listener per page,
 * however many widgets: the first widget that offers quick exit decides where.
 */
const presses = 3;
const withinMs = 1000;

export interface QuickExitOwner {
  /** Clears the visitor's answers, then returns where to go. */
  leaveForQuickExit(): string;
}

const owners: QuickExitOwner[] = [];
let recent: number[] = [];

function onKeydown(event: KeyboardEvent) {
  if (event.key !== 'Shift' || event.repeat) {
    if (event.key !== 'Shift') recent = [];
    return;
  }
  const now = performance.now();
  recent = [...recent.filter((time) => now - time < withinMs), now];
  if (recent.length >= presses && owners.length) {
    recent = [];
    leave(owners[0].leaveForQuickExit());
  }
}

/** Offers the Shift shortcut for `owner` while it is on the page. */
export function offerQuickExit(owner: QuickExitOwner) {
  if (owners.includes(owner)) return;
  if (!owners.length) document.addEventListener('keydown', onKeydown, true);
  owners.push(owner);
}

export function withdrawQuickExit(owner: QuickExitOwner) {
  const index = owners.indexOf(owner);
  if (index < 0) return;
  owners.splice(index, 1);
  if (!owners.length) document.removeEventListener('keydown', onKeydown, true);
}

/** How long a refused top-page navigation gets before the frame leaves instead. */
const topPageGrace = 150;

/** False where this frame is known to be sandboxed without top navigation. */
function mayNavigateTopPage() {
  const frame = window.frameElement as HTMLIFrameElement | null;
  if (!frame?.hasAttribute('sandbox')) return true;
  return (
    frame.sandbox.contains('allow-top-navigation') ||
    frame.sandbox.contains('allow-top-navigation-by-user-activation')
  );
}

/**
 * Replaces the page, so Back does not return here: the top page from inside a
 * frame where the browser allows it. A cross-origin sandboxed frame cannot tell,
 * and its attempt is refused without an error, so if this page is still here a
 * moment later, the frame leaves instead.
 */
export function leave(url: string) {
  if (window.top && window.top !== window && mayNavigateTopPage()) {
    try {
      window.top.location.replace(url);
    } catch {
      // Refused outright: the frame leaves below.
    }
    setTimeout(() => location.replace(url), topPageGrace);
    return;
  }
  location.replace(url);
}
