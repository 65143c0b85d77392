/**
 * Runs tasks that each hold some of a shared resource (memory, in MB) while they run: a task starts
 * once what the running ones hold plus its own cost fits in `limit`, in the order the tasks came, and
 * a task alone always starts, however much it costs. Returns the function that queues a task.
 * @example const run = withinBudget(10); run(6, a); run(6, b) => b starts when a has settled
 */
export function withinBudget(limit: number): <T>(cost: number, task: () => Promise<T>) => Promise<T> {
  let held = 0;
  let running = 0;
  const waiting: { cost: number; start: () => void }[] = [];
  const startWhatFits = () => {
    while (waiting.length > 0 && (running === 0 || held + waiting[0]!.cost <= limit)) {
      const next = waiting.shift()!;
      held += next.cost;
      running += 1;
      next.start();
    }
  };
  return <T>(cost: number, task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            held -= cost;
            running -= 1;
            startWhatFits();
          });
      };
      waiting.push({ cost, start });
      startWhatFits();
    });
}
