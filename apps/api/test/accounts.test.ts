import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const json = { 'content-type': 'application/json' };
const login = (username: string, password: string) =>
  t.app.request('/v1/auth/login', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ username, password }),
  });
async function session(username: string, password: string) {
  const res = await login(username, password);
  expect(res.status).toBe(200);
  const { data } = await res.json();
  return {
    cookie: res.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': data.csrfToken as string,
    ...json,
  };
}
const me = (headers: Record<string, string>) =>
  t.app.request('/v1/auth/me', { headers: { cookie: headers.cookie! } });

describe('account recovery', () => {
  it('lets an admin set a user’s password, which ends their sessions', async () => {
    const created = await t.app.request('/v1/users', {
      method: 'POST',
      headers: t.as('admin'),
      body: JSON.stringify({
        username: 'unohtaja',
        password: 'the first passphrase',
        role: 'editor',
      }),
    });
    const { id } = (await created.json()).data;
    const before = await session('unohtaja', 'the first passphrase');
    const set = await t.app.request(`/v1/users/${id}`, {
      method: 'PATCH',
      headers: t.as('admin'),
      body: JSON.stringify({ password: 'a brand new passphrase' }),
    });
    expect(set.status).toBe(200);
    expect((await me(before)).status).toBe(401);
    expect((await login('unohtaja', 'the first passphrase')).status).toBe(401);
    expect((await login('unohtaja', 'a brand new passphrase')).status).toBe(200);
    const short = await t.app.request(`/v1/users/${id}`, {
      method: 'PATCH',
      headers: t.as('admin'),
      body: JSON.stringify({ password: 'short' }),
    });
    expect(short.status).toBe(400);
  });

  it('lets a user change their own password with the current one; other sessions end', async () => {
    await t.app.request('/v1/users', {
      method: 'POST',
      headers: t.as('admin'),
      body: JSON.stringify({ username: 'vaihtaja', password: 'my old passphrase', role: 'viewer' }),
    });
    const other = await session('vaihtaja', 'my old passphrase');
    const here = await session('vaihtaja', 'my old passphrase');
    const change = (headers: Record<string, string>, currentPassword: string) =>
      t.app.request('/v1/auth/password', {
        method: 'POST',
        headers,
        body: JSON.stringify({ currentPassword, newPassword: 'my new passphrase' }),
      });
    expect((await change(here, 'not my passphrase')).status).toBe(401);
    expect((await change({ ...here, 'x-csrf-token': 'wrong' }, 'my old passphrase')).status).toBe(
      403,
    );
    expect((await change(t.as('viewer'), 'my old passphrase')).status).toBe(403);
    expect((await change(here, 'my old passphrase')).status).toBe(204);
    expect((await me(here)).status).toBe(200);
    expect((await me(other)).status).toBe(401);
    expect((await login('vaihtaja', 'my new passphrase')).status).toBe(200);
  });

  it('answers a taken username with 409, however it races', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.app.request('/v1/users', {
          method: 'POST',
          headers: t.as('admin'),
          body: JSON.stringify({
            username: 'kilpa',
            password: 'a long passphrase',
            role: 'viewer',
          }),
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await getJson(t.app, '/v1/users', { headers: t.as('admin') })).status).toBe(200);
  });
});

describe('the accounts CLI', () => {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const run = (args: string[], env: Record<string, string> = {}, input = '') =>
    spawnSync(process.execPath, [cli, ...args], {
      env: { ...process.env, DATABASE_PATH: t.path, ...env },
      input,
      encoding: 'utf8',
    });

  it('explains itself with --help', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['create-user', 'set-password', 'create-token', 'revoke-token'])
      expect(help.stdout).toContain(command);
    expect(help.stdout).toContain('VERKOSTO_PASSWORD');
  });

  it('says plainly that a username is taken', () => {
    const again = run(['create-user', '--username', 'AINO', '--role', 'viewer'], {
      VERKOSTO_PASSWORD: 'a long enough passphrase',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('The username AINO is taken');
    expect(again.stderr).not.toContain('UNIQUE');
  });

  it('sets a password (from stdin), ending the user’s sessions', async () => {
    const before = await session('aino', 'correct horse battery');
    const set = run(['set-password', '--username', 'aino'], {}, 'a recovered passphrase\n');
    expect(set.stderr).toBe('');
    expect(set.status).toBe(0);
    expect((await me(before)).status).toBe(401);
    expect((await login('aino', 'a recovered passphrase')).status).toBe(200);
    const nobody = run(['set-password', '--username', 'nobody'], {
      VERKOSTO_PASSWORD: 'a long enough passphrase',
    });
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toContain('No user nobody');
  });

  // util-linux `script` gives the CLI a real terminal, so raw mode and echo are the real thing.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('asks for the password on a terminal without echoing it', async () => {
    const child = spawn(
      'script',
      ['-qec', `${process.execPath} ${cli} set-password --username aino`, '/dev/null'],
      {
        env: { ...process.env, DATABASE_PATH: t.path },
      },
    );
    let output = '';
    let prompts = 0;
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      // Answer each prompt once it has appeared.
      const seen = (output.match(/Password \(not shown\): |Again: /g) ?? []).length;
      for (; prompts < seen; prompts++) child.stdin.write('typed on a terminal\r');
    });
    expect(await exited).toBe(0);
    expect(output).toContain('Set a new password for aino');
    expect(output).not.toContain('typed on a terminal');
    expect((await login('aino', 'typed on a terminal')).status).toBe(200);
  });
});
