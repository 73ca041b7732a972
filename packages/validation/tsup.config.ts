import { readFileSync } from 'node:fs';
import { libraryConfig } from '@verkosto/tsup-config';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  ...libraryConfig({ entry: { index: 'src/index.ts', cli: 'src/cli.ts' }, platform: 'node' }),
  define: { __VERSION__: JSON.stringify(version) },
});
