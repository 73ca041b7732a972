/**
 * Account administration on the server's database, for the first admin and for emergencies:
 *   node dist/cli.js create-user --username aino --role admin   (password from VERKOSTO_PASSWORD or stdin)
 *   node dist/cli.js create-token --name import-bot --role editor [--expires 2027-01-01T00:00:00Z]
 *   node dist/cli.js revoke-token --id <id>
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createToken, createUser, revokeToken } from './auth/accounts.ts';
import { ROLES, type Role } from './auth/roles.ts';
import { prepare } from './node-runtime.ts';

const USAGE =
  'Usage: verkosto-api create-user --username NAME --role admin|editor|viewer | create-token --name NAME --role ROLE [--expires ISO] | revoke-token --id ID';

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      expires: { type: 'string' },
      id: { type: 'string' },
    },
  });
  const command = positionals[0];
  const role = values.role as Role | undefined;
  if (role && !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const databasePath = resolve(
    process.env.DATABASE_PATH ?? join(import.meta.dirname, '..', 'data', 'verkosto.db'),
  );
  const { db } = await prepare(databasePath);
  try {
    if (command === 'create-user' && values.username && role) {
      const password = process.env.VERKOSTO_PASSWORD ?? readFileSync(0, 'utf8').split('\n')[0]!;
      if (password.length < 12) throw new Error('The password must be at least 12 characters.');
      const user = await createUser(db, { username: values.username, password, role });
      console.log(`Created ${user.role} ${user.username}.`);
    } else if (command === 'create-token' && values.name && role) {
      const { token, info } = await createToken(db, {
        name: values.name,
        role,
        expiresAt: values.expires ?? null,
        createdBy: 'cli',
      });
      console.log(`Token ${info.id} (${info.role}); shown once:\n${token}`);
    } else if (command === 'revoke-token' && values.id) {
      console.log((await revokeToken(db, values.id)) ? 'Revoked.' : 'No such active token.');
    } else {
      console.error(USAGE);
      return 2;
    }
    return 0;
  } finally {
    db.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`verkosto-api: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
