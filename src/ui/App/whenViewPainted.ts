/** How long the start's batch waits at most for the cached view to paint. */
export const PAINT_WAIT_MS = 1500;

/**
 * Resolves once the tab panel shows a view's content, after the frame that paints it: something in the
 * panel, and nothing in it busy (Fluent's skeletons are aria-busy, as are the lazy view's placeholder and
 * a checklist still opening). It gives up after `capMs`, so a view that stays busy (one that reads data of
 * its own, or a hidden tab whose frames the browser holds back) never holds the start's batch for long.
 */
export function whenViewPainted(panel: () => HTMLElement | undefined, capMs: number = PAINT_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      done = true;
      resolve();
    };
    setTimeout(finish, capMs);
    const shows = (): boolean => {
      const element = panel();
      return element !== undefined && element.childElementCount > 0 && element.querySelector('[aria-busy="true"]') === null;
    };
    const frame = (): void => {
      if (done) return;
      // A task queued in the frame runs after that frame is painted.
      if (shows()) setTimeout(finish, 0);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
