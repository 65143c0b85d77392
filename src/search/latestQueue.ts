/** What a latest-only queue needs to know about the work it schedules. */
export interface LatestQueueOptions<T> {
  /** Does the work; the next queued item starts when this resolves. */
  run: (item: T) => Promise<void>;
  /** Tells two asks apart: an ask equal to the last one is not queued again. */
  key: (item: T) => string;
  /** Hears of an ask that has to wait, so it can prepare meanwhile. */
  waiting?: (item: T) => void;
}

/** A queue that runs one item at a time and, of those asked for meanwhile, only the latest. */
export interface LatestQueue<T> {
  /** Runs an item now, or after the running one; resolves when the queue is idle again. */
  ask(item: T): Promise<void>;
  /** Forgets the last ask, so that asking for the same again runs it (after a failure, say). */
  forget(): void;
}

/**
 * Makes a latest-only queue: while an item runs, asks replace one another and
 * only the last of them runs next; the same ask twice in a row runs once.
 * Search uses it so that a reader typing fast does not start a search per keystroke.
 * @example const q = createLatestQueue({ run, key: String }); q.ask(1); q.ask(2); q.ask(3) // runs 1, then 3
 */
export function createLatestQueue<T>(options: LatestQueueOptions<T>): LatestQueue<T> {
  let running: Promise<void> | undefined;
  let queued: { item: T } | undefined;
  let requested: string | undefined;

  /** Works through the queue until nothing is waiting. */
  async function drain(): Promise<void> {
    while (queued) {
      const next = queued.item;
      queued = undefined;
      await options.run(next);
    }
    running = undefined;
  }

  return {
    ask(item) {
      const key = options.key(item);
      if (key === requested) return running ?? Promise.resolve();
      requested = key;
      queued = { item };
      if (running) {
        options.waiting?.(item);
        return running;
      }
      running = drain();
      return running;
    },
    forget() {
      requested = undefined;
    },
  };
}
