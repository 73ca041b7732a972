import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from './published-packages.ts';

/**
 * Runs `changeset version` on a copy of the workspace manifests and the pending changesets, as
 * `pnpm version-packages` would, and checks the bumps and changelogs it writes.
 */
const require = createRequire(import.meta.url);
const changesetBin = join(
  dirname(require.resolve('@changesets/cli/package.json', { paths: [repoRoot] })),
  'bin.js',
);

let workspace: string;
const pending = readdirSync(join(repoRoot, '.changeset')).filter(
  (f) => f.endsWith('.md') && f !== 'README.md',
);

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'verkosto-changesets-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml'])
    cpSync(join(repoRoot, file), join(workspace, file));
  cpSync(join(repoRoot, '.changeset'), join(workspace, '.changeset'), { recursive: true });
  for (const group of ['packages', 'apps', 'tooling']) {
    for (const name of readdirSync(join(repoRoot, group))) {
      const manifest = join(repoRoot, group, name, 'package.json');
      if (!existsSync(manifest)) continue;
      mkdirSync(join(workspace, group, name), { recursive: true });
      cpSync(manifest, join(workspace, group, name, 'package.json'));
      const changelog = join(repoRoot, group, name, 'CHANGELOG.md');
      if (existsSync(changelog)) cpSync(changelog, join(workspace, group, name, 'CHANGELOG.md'));
    }
  }
  execFileSync('git', ['init', '-q'], { cwd: workspace });
  execFileSync(process.execPath, [changesetBin, 'version'], { cwd: workspace, stdio: 'pipe' });
});

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('pnpm version-packages', () => {
  it('has changesets to apply', () => {
    expect(pending.length).toBeGreaterThan(0);
  });

  it('bumps the fixed group of published packages to one version', () => {
    const versions = publishedPackages().map((pkg) => {
      const manifest = JSON.parse(
        readFileSync(
          join(workspace, 'packages', pkg.dir.split('/').at(-1)!, 'package.json'),
          'utf8',
        ),
      );
      return [pkg.name, pkg.version, manifest.version] as const;
    });
    const next = new Set(versions.map(([, , version]) => version));
    expect(next.size).toBe(1);
    for (const [name, before, after] of versions) expect(after, name).not.toBe(before);
  });

  it('writes each package’s changelog from the changesets that name it', () => {
    for (const file of pending) {
      const text = readFileSync(join(repoRoot, '.changeset', file), 'utf8');
      const [, front = '', summary = ''] = text.split('---');
      const firstLine = summary.trim().split('\n')[0]!;
      for (const name of [...front.matchAll(/"([^"]+)":/g)].map((m) => m[1]!)) {
        const dir = publishedPackages()
          .find((p) => p.name === name)!
          .dir.split('/')
          .at(-1)!;
        const changelog = readFileSync(join(workspace, 'packages', dir, 'CHANGELOG.md'), 'utf8');
        expect(changelog, `${name} ← ${file}`).toContain(firstLine);
      }
    }
    expect(
      readdirSync(join(workspace, '.changeset')).filter(
        (f) => f.endsWith('.md') && f !== 'README.md',
      ),
    ).toEqual([]);
  });

  it('leaves the private apps alone', () => {
    const api = JSON.parse(readFileSync(join(workspace, 'apps/api/package.json'), 'utf8'));
    expect(api.version).toBe(
      JSON.parse(readFileSync(join(repoRoot, 'apps/api/package.json'), 'utf8')).version,
    );
  });
});
