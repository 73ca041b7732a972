import { defineConfig } from 'tsup';

// The Node entry is bundled with the workspace packages; npm dependencies stay external.
export default defineConfig({
  entry: { node: 'src/node.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  clean: true,
  dts: false,
  // node:sqlite exists only with its prefix.
  removeNodeProtocol: false,
});
