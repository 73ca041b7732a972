/**
 * Writes the dataset JSON Schema into dist, for the package export `./dataset.schema.json` (the
 * build runs this). With `--docs`, also the copy in docs/ that the format description links to;
 * a test fails when that copy is out of date.
 */
import { writeFileSync } from 'node:fs';
import { buildDatasetJsonSchema } from '../src/json-schema.ts';

const text = `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`;
writeFileSync(new URL('../dist/dataset.schema.json', import.meta.url), text);
console.log('wrote dist/dataset.schema.json');
if (process.argv.includes('--docs')) {
  writeFileSync(new URL('../../../docs/dataset.schema.json', import.meta.url), text);
  console.log('wrote docs/dataset.schema.json');
}
