/**
 * Account administration on the server's database, for the first admin and for emergencies:
 *   node dist/cli.js create-user --username aino --role admin   (password from VERKOSTO_PASSWORD or stdin)
 *   node dist/cli.js create-token --name import-bot --role editor [--expires 2027-01-01T00:00:00Z]
 *   node dist/cli.js revoke-token --id <id>
 */
import { createToken, createUser, revokeToken } from './auth/accounts.ts';
import { ROLES, type Role } from './auth/roles.ts';
import { bootstrap } from './bootstrap.ts';
import { openNodeSqlite, readMigrationFiles } from './db/node-sqlite.ts';

// A second Node entry (next to node.ts): it reads process, but Node's modules only through
// db/node-sqlite.ts. Paths are relative to this file, which is dist/cli.js once built.
const DEFAULT_DATABASE = new URL('../data/verkosto.db', import.meta.url);
const MIGRATIONS = new URL('../migrations/', import.meta.url);
const OPTIONS = new Set(['username', 'name', 'role', 'expires', 'id']);

/** `command --key value --key=value`: the few options this CLI has, each a string. */
function parseArgs(argv: readonly string[]) {
  const positionals: string[] = [];
  const values: Record<string, string | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [key = '', inline] = arg.slice(2).split(/=(.*)/s);
    if (!OPTIONS.has(key)) throw new Error(`Unknown option --${key}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${key} needs a value`);
    values[key] = value;
  }
  return { positionals, values };
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

const USAGE =
  'Usage: verkosto-api create-user --username NAME --role admin|editor|viewer | create-token --name NAME --role ROLE [--expires ISO] | revoke-token --id ID';

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs(argv);
  const command = positionals[0];
  const role = values.role as Role | undefined;
  if (role && !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const db = openNodeSqlite(process.env.DATABASE_PATH ?? DEFAULT_DATABASE);
  await bootstrap(db, { migrations: readMigrationFiles(MIGRATIONS) });
  try {
    if (command === 'create-user' && values.username && role) {
      const password = process.env.VERKOSTO_PASSWORD ?? (await firstLineOfStdin());
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
