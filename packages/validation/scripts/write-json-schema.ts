/** Writes the dataset JSON Schema next to the build, for the package export `./dataset.schema.json`. */
import { writeFileSync } from 'node:fs';
import { buildDatasetJsonSchema } from '../src/index.ts';

writeFileSync('dist/dataset.schema.json', `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`);
console.log('wrote dist/dataset.schema.json');
