/**
 * Account administration on the server's database, for the first admin and for emergencies
 * (`node dist/cli.js --help` says it all): create-user, set-password, create-token, revoke-token.
 */
import {
  createToken,
  createUser,
  revokeToken,
  setPassword,
  userByUsername,
} from './auth/accounts.ts';
import { ROLES, type Role } from './auth/roles.ts';
import { bootstrap } from './bootstrap.ts';
import { openNodeSqlite, readMigrationFiles } from './db/node-sqlite.ts';

// A second Node entry (next to node.ts): it reads process, but Node's modules only through
// db/node-sqlite.ts. Paths are relative to this file, which is dist/cli.js once built.
const DEFAULT_DATABASE = new URL('../data/verkosto.db', import.meta.url);
const MIGRATIONS = new URL('../migrations/', import.meta.url);
const OPTIONS = new Set(['username', 'name', 'role', 'expires', 'id', 'help']);

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
    if (!OPTIONS.has(key)) throw new Error(`Unknown option --${key} (see --help)`);
    if (key === 'help') {
      values.help = 'yes';
      continue;
    }
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

/** Reads a line from the terminal without echoing it (raw mode: no character is shown). */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    // Raw mode before the question: what is typed after it is never echoed.
    stdin.setRawMode(true);
    process.stderr.write(question);
    stdin.setEncoding('utf8');
    stdin.resume();
    let text = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(text);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * The password: VERKOSTO_PASSWORD, else typed twice on a terminal (never echoed), else the first
 * line of stdin (a pipe).
 */
async function readPassword(): Promise<string> {
  let password = process.env.VERKOSTO_PASSWORD;
  if (password === undefined && process.stdin.isTTY) {
    password = await promptHidden('Password (not shown): ');
    if ((await promptHidden('Again: ')) !== password) throw new Error('The passwords differ.');
  }
  password ??= await firstLineOfStdin();
  if (password.length < 12) throw new Error('The password must be at least 12 characters.');
  if (password.length > 1000) throw new Error('The password may be at most 1000 characters.');
  return password;
}

const USAGE = `Usage: verkosto-api <command> [options]   (pnpm --filter @verkosto/api accounts …)

Commands:
  create-user --username NAME --role admin|editor|viewer   a user who signs in with a password
  set-password --username NAME                             a new password; ends their sessions
  create-token --name NAME --role ROLE [--expires ISO]     an API token, shown once
  revoke-token --id ID                                     revoke an API token
  --help                                                   this text

Passwords come from VERKOSTO_PASSWORD, else are asked on the terminal (typed twice, never
shown), else the first line of stdin. At least 12 characters.
The database is DATABASE_PATH (default: apps/api/data/verkosto.db).`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs(argv);
  const command = positionals[0];
  if (values.help || command === 'help' || command === undefined) {
    (command === undefined && !values.help ? console.error : console.log)(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const role = values.role as Role | undefined;
  if (role && !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const db = openNodeSqlite(process.env.DATABASE_PATH ?? DEFAULT_DATABASE);
  await bootstrap(db, { migrations: readMigrationFiles(MIGRATIONS) });
  try {
    if (command === 'create-user' && values.username && role) {
      if (await userByUsername(db, values.username))
        throw new Error(`The username ${values.username} is taken.`);
      const password = await readPassword();
      const user = await createUser(db, { username: values.username, password, role });
      console.log(`Created ${user.role} ${user.username}.`);
    } else if (command === 'set-password' && values.username) {
      const user = await userByUsername(db, values.username);
      if (!user) throw new Error(`No user ${values.username}.`);
      await setPassword(db, user.id, await readPassword());
      console.log(`Set a new password for ${user.username}; their sessions have ended.`);
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
