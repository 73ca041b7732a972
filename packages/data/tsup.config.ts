import { libraryConfig } from '@verkosto/tsup-config';
import { defineConfig } from 'tsup';

export default defineConfig(
  libraryConfig({
    entry: { index: 'src/index.ts', regions: 'src/regions.ts', figures: 'src/figures.ts' },
  }),
);
