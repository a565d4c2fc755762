/** How long after a new question appears a tap on it is still taken for a tap meant for the last one. */
const settleTime = 400;

/**
 * One tap answers a question and shows the next, so a double tap (or a shaking
 * hand) must not answer a question the visitor has not seen. A pointer click
 * counts only when its press began on this screen, after it settled. Keyboard
 * clicks (Enter, Space) have no pointer press and always count: focus is on the
 * new question's heading, so a key meant for the last screen cannot land here.
 */
export class TapGuard {
  private shownAt = -Infinity;
  private pressedAt = -Infinity;

  /** A new question is on screen. */
  screenChanged() {
    this.shownAt = performance.now();
  }

  /** A pointer went down somewhere on the screen. */
  readonly pressed = () => {
    this.pressedAt = performance.now();
  };

  /** Whether this click is the visitor's answer to what is on screen. */
  accepts(event: MouseEvent) {
    const byPointer = event.detail > 0;
    if (!byPointer) return true;
    return this.pressedAt >= this.shownAt + settleTime;
  }
}
