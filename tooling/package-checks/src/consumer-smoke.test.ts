import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from './published-packages.ts';

/**
 * Installs the packed tarballs into a fresh project, as a consumer would from the registry,
 * then imports every public entry and type-checks under NodeNext and Bundler resolution.
 */
const packages = publishedPackages();
const has = (name: string) => packages.some((p) => p.name === name);
const catalog = readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8');
const catalogVersion = (name: string) =>
  new RegExp(`^\\s+"?${name}"?: (\\S+)$`, 'm').exec(catalog)![1]!;

let project: string;
const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

// What a consumer writes: one call per package, with results they can check.
const usage = [
  has('@verkosto/core') &&
    `import { createMunicipalityRegistry, periodStatus, isValidBusinessId } from '@verkosto/core';
const status: string = periodStatus({ startDate: '2019-01-01', endDate: '2020-12-31' }, '2020-06-01');
console.log('core', status, isValidBusinessId('0201256-6'), createMunicipalityRegistry([]).validOn('2020-01-01').length);`,
  has('@verkosto/data') &&
    `import { municipalityRegistry, usoDataset } from '@verkosto/data';
import seedJson from '@verkosto/data/uso.dataset.json' with { type: 'json' };
const count: number = municipalityRegistry.validOn('2020-01-01').length;
console.log('data', count, municipalityRegistry.successors('588')[0]?.code, usoDataset.periods.length, seedJson.formatVersion);`,
  has('@verkosto/validation') &&
    `import { validateDataset } from '@verkosto/validation';
import { municipalityRegistry as registry } from '@verkosto/data';
import { usoDataset as seed } from '@verkosto/data';
const report = validateDataset(seed, { registry });
console.log('validation', report.ok, report.issues.filter((i) => i.severity === 'error').length);`,
  has('@verkosto/client') &&
    `import { createVerkostoClient, VerkostoProblem } from '@verkosto/client';
const api = createVerkostoClient({ baseUrl: 'http://localhost:1', lang: 'fi' });
const typed: string = typeof api.GET;
console.log('client', typed, new VerkostoProblem({ type: '/problems/not-found', title: 'Not found', status: 404 }).status);`,
]
  .filter(Boolean)
  .join('\n');

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'verkosto-consumer-'));
  const tarballs: Record<string, string> = {};
  for (const pkg of packages) {
    execFileSync('pnpm', ['pack', '--pack-destination', project], { cwd: pkg.dir, stdio: 'pipe' });
    const prefix = `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`;
    const file = readdirSync(project).find((f) => f === prefix);
    if (!file) throw new Error(`pnpm pack made no ${prefix}`);
    tarballs[pkg.name] = `file:./${file}`;
  }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'verkosto-consumer',
      private: true,
      type: 'module',
      dependencies: { ...tarballs, zod: catalogVersion('zod') },
      devDependencies: {
        typescript: catalogVersion('typescript'),
        '@types/node': catalogVersion('@types/node'),
      },
      // The tarballs depend on each other by version; point those at the tarballs too.
      overrides: tarballs,
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(join(project, 'smoke.ts'), usage);
  writeFileSync(join(project, 'smoke.mjs'), usage.replace(/^const (\w+): \w+ =/gm, 'const $1 ='));
}, 900_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a fresh project that installs the packed packages', () => {
  it('imports every public entry in plain Node ESM', () => {
    const entries = packages.flatMap((pkg) =>
      Object.keys(pkg.exports)
        .filter((key) => key !== './package.json')
        .map((key) => `${pkg.name}${key.slice(1)}`),
    );
    const script = entries
      .map((spec, i) =>
        spec.endsWith('.json')
          ? `import m${i} from '${spec}' with { type: 'json' };`
          : `import * as m${i} from '${spec}';`,
      )
      .concat(`console.log(${entries.map((_, i) => `Object.keys(m${i}).length`).join(' + ')});`)
      .join('\n');
    writeFileSync(join(project, 'entries.mjs'), script);
    expect(Number(run(process.execPath, ['entries.mjs']).trim())).toBeGreaterThan(10);
  });

  it('runs the documented calls', () => {
    const output = run(process.execPath, ['smoke.mjs']);
    if (has('@verkosto/core')) expect(output).toContain('core active true 0');
    if (has('@verkosto/data')) expect(output).toContain('data 310 507 7 1');
    if (has('@verkosto/validation')) expect(output).toContain('validation true 0');
    if (has('@verkosto/client')) expect(output).toContain('client function 404');
  });

  it.each(['NodeNext', 'Bundler'])('type-checks with moduleResolution %s', (resolution) => {
    const compilerOptions = {
      strict: true,
      noEmit: true,
      target: 'ES2023',
      module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
      moduleResolution: resolution,
      resolveJsonModule: true,
      types: ['node'],
      skipLibCheck: false,
    };
    const config = `tsconfig.${resolution}.json`;
    writeFileSync(join(project, config), JSON.stringify({ compilerOptions, files: ['smoke.ts'] }));
    const tsc = join(project, 'node_modules/typescript/bin/tsc');
    expect(() => run(process.execPath, [tsc, '-p', config])).not.toThrow();
  });
});
