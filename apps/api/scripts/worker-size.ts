/**
 * The Worker's size budget: reads the bundle of the dry-run deploy (`build:worker`, dist-worker/)
 * and fails when it grows past 150 KiB gzipped. Cloudflare's limit is far higher (3 MiB on the
 * free plan), but each new isolate parses the whole bundle before its first answer: the budget
 * keeps cold starts short and makes a heavy new import visible in review.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = 150;
const bundle = readFileSync(new URL('../dist-worker/worker.js', import.meta.url));
const kib = (bytes: number) => (bytes / 1024).toFixed(2);
const gzipped = gzipSync(bundle).length;
console.log(
  `Worker bundle: ${kib(bundle.length)} KiB, ${kib(gzipped)} KiB gzipped (budget ${BUDGET_KIB} KiB)`,
);
if (gzipped > BUDGET_KIB * 1024) {
  console.error(
    `The Worker grew past its budget. See README, "Bundle size", for what keeps it small.`,
  );
  process.exit(1);
}
