export interface LibraryBuildOptions {
  entry: Record<string, string>;
  platform?: 'node' | 'neutral' | 'browser';
  external?: string[];
  banner?: { js?: string };
}
// biome-ignore lint/suspicious/noExplicitAny: tsup's Options type is not needed by callers.
export declare function libraryConfig(options: LibraryBuildOptions): any;
