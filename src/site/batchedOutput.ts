import { NODE_OWN, nodeOwn } from './nodeOwn';

/** Where a batching `write` keeps the function that ends its batching. */
const END_BATCHING = Symbol.for('zhiku.endBatching');

/** A stream's `write`, whatever its arguments' types (it is called with those it was given), and the stream. */
type Write = (...args: never[]) => boolean;
type Stream = { write: Write & { [NODE_OWN]?: Write; [END_BATCHING]?: () => void } };

/** Calls a stream's `write` with the arguments it was given. */
const call = (write: Write, stream: Stream, ...args: unknown[]) =>
  (write as unknown as (...args: unknown[]) => boolean).apply(stream, args);

/**
 * Gathers the text written to `out` (the build's standard output) into one write per `bytes` or per `ms`,
 * whichever comes first, in the order it was written. Astro logs two lines per page it renders, each a
 * write of its own: at 10,000 articles, 20,000 system calls took about 1 s of the main thread while the
 * pages rendered (profiled). A write to one of `others` (standard error) first writes out what is
 * gathered, so that the two streams keep their order; anything but plain text, or a write that asks to
 * be told when it is done, goes straight through after it. What is gathered is also written when the
 * process exits. Gives the function that writes out the rest and puts the streams' own `write` back
 * (where nothing has replaced it since). A batching that a failed build left in place is ended first.
 */
export function writeInBatches(out: Stream = process.stdout, others: Stream[] = [process.stderr], bytes = 16_384, ms = 100): () => void {
  out.write[END_BATCHING]?.();
  const write: Write = nodeOwn(out.write);
  let pending: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    call(write, out, text);
  };
  const plain = (chunk: unknown, encoding: unknown, callback: unknown): chunk is string =>
    typeof chunk === 'string' && callback === undefined && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8');
  const batching = Object.assign(
    function (chunk: unknown, encoding?: unknown, callback?: unknown) {
      if (!plain(chunk, encoding, callback)) {
        flush();
        return call(write, out, chunk, encoding, callback);
      }
      pending.push(chunk);
      size += chunk.length;
      if (size >= bytes) flush();
      else timer ??= setTimeout(flush, ms).unref();
      return true;
    },
    { [NODE_OWN]: write, [END_BATCHING]: () => end() },
  );
  out.write = batching;
  const theirs = others.map((stream) => {
    const own: Write = nodeOwn(stream.write);
    const flushing = Object.assign(
      function (chunk: unknown, encoding?: unknown, callback?: unknown) {
        flush();
        return call(own, stream, chunk, encoding, callback);
      },
      { [NODE_OWN]: own },
    );
    stream.write = flushing;
    return () => {
      if (stream.write === flushing) stream.write = own;
    };
  });
  process.on('exit', flush);
  const end = () => {
    flush();
    process.off('exit', flush);
    if (out.write === batching) out.write = write;
    for (const putBack of theirs) putBack();
  };
  return end;
}
