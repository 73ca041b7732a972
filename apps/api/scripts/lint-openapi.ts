/**
 * Lints the OpenAPI document the API serves at /openapi.json with Redocly's CLI (the rules are
 * in ../redocly.yaml): writes it to a temp file, runs `redocly lint`, exits with its status.
 * Runs offline: Redocly's telemetry and update check are off.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openapiDocument } from '../src/openapi-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'verkosto-openapi-'));
try {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(await openapiDocument(), null, 2));
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  const config = fileURLToPath(new URL('../redocly.yaml', import.meta.url));
  const { status } = spawnSync(process.execPath, [cli, 'lint', file, '--config', config], {
    stdio: 'inherit',
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      DO_NOT_TRACK: '1',
    },
  });
  process.exitCode = status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
