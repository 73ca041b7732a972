import { createGlobalStyle } from 'styled-components';
import { suomifiDesignTokens as tokens } from 'suomifi-design-tokens';

const kebab = (name: string) => name.replace(/[A-Z0-9]+/g, (part) => `-${part.toLowerCase()}`);

/**
 * The Suomi.fi design tokens as CSS custom properties (`--fi-color-highlight-base`,
 * `--fi-spacing-m`, …), so the app's own stylesheet (styles.css) uses the same colours, spacing
 * and radiuses as the Suomi.fi components. Written by styled-components, under the page's nonce.
 */
const variables = [
  ...Object.entries(tokens.colors).map(([name, value]) => `--fi-color-${kebab(name)}: ${value};`),
  ...Object.entries(tokens.spacing).map(
    ([name, value]) => `--fi-spacing-${kebab(name)}: ${value};`,
  ),
  ...Object.entries(tokens.radiuses).map(
    ([name, value]) => `--fi-radius-${kebab(name)}: ${value};`,
  ),
  `--fi-shadow-panel: ${tokens.shadows.panelShadow};`,
  `--fi-shadow-action: ${tokens.shadows.actionElementBoxShadow};`,
].join('\n');

export const DesignTokens = createGlobalStyle`
  :root {
    ${variables}
  }
  body {
    ${tokens.typography.bodyTextSmall}
  }
`;
