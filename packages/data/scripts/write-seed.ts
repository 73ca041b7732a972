/** Writes the USO seed dataset as JSON (for the CLI, imports and anyone without JavaScript). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { usoDataset } from '../src/index.ts';

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1]! : 'dist/uso.dataset.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(usoDataset, null, 2)}\n`);
console.log(`wrote ${out}`);
