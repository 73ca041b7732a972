/**
 * Preloaded into the API server by the Scale bench only (`node --import` this file): on SIGUSR2
 * the server writes its `process.memoryUsage()` as one line to stdout, and with `--expose-gc`
 * the same again after a full collection, so the bench can tell live heap from heap V8 keeps.
 */
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const after = gc ? process.memoryUsage() : undefined;
  process.stdout.write(`memory ${JSON.stringify({ before, after })}\n`);
});
