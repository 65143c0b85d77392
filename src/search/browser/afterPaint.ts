/**
 * Resolves once the browser has painted what the page shows now and has nothing more
 * urgent to do: at the first idle moment after the next frame. A hidden page is given no
 * frames, so it waits at most `timeoutMs` for one.
 */
export function afterPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // Frame callbacks run before the frame is painted; an idle callback asked for in one runs after it.
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      else setTimeout(resolve, 0);
    });
  });
}
