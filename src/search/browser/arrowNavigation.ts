/** Moves focus through the input and the result links with the arrow keys. */
export function arrowNavigation(container: HTMLElement, input: HTMLInputElement, results: HTMLElement): void {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]?.focus();
    event.preventDefault();
  });
}
