/**
 * One object per process under `name`, made on first use, shared by every module graph of the
 * process: Astro loads astro.config.mjs, the content config and the pages apart, and `astro dev`
 * evaluates the modules that read the content store again after each edit. What must outlive a
 * module's evaluation, or be seen by all of them, is kept here.
 * @example processShared('zhiku.example', () => ({ count: 0 })).count += 1
 */
export function processShared<T extends object>(name: string, make: () => T): T {
  const shared = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(name);
  return (shared[key] ??= make()) as T;
}
