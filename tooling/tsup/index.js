/**
 * Build settings shared by the published packages: ESM only, bundled `.d.ts`,
 * a modern Node target. Each package names only its entry points.
 * @param {import('./index.d.ts').LibraryBuildOptions} options
 */
export function libraryConfig(options) {
  return {
    entry: options.entry,
    format: ['esm'],
    target: 'node22',
    platform: options.platform ?? 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    external: options.external ?? [],
    banner: options.banner,
  };
}
