/**
 * Finland's regions (maakunnat) alone, in Finnish, Swedish and English: a small entry point for
 * browsers, without the municipality registry.
 */
export { REGIONS } from './generated/regions.generated.ts';
