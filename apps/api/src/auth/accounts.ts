import type { SqlDatabase } from '../db/driver.ts';
import { hashPassword, randomSecret, sha256 } from './crypto.ts';
import type { Principal, Role } from './roles.ts';

/** Users, API tokens and sessions in the database. Secrets are stored only as hashes. */

export const SESSION_HOURS = 8;

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

const tokenInfo = (row: Record<string, unknown>): TokenInfo => ({
  id: String(row.id),
  name: String(row.name),
  role: row.role as Role,
  createdBy: (row.created_by as string | null) ?? null,
  createdAt: String(row.created_at),
  expiresAt: (row.expires_at as string | null) ?? null,
  revokedAt: (row.revoked_at as string | null) ?? null,
});

export async function principalFromToken(
  db: SqlDatabase,
  token: string,
  now: Date,
): Promise<Principal | null> {
  const row = await db
    .prepare('SELECT id, name, role, expires_at, revoked_at FROM api_tokens WHERE token_hash = ?')
    .bind(await sha256(token))
    .first<{
      id: string;
      name: string;
      role: Role;
      expires_at: string | null;
      revoked_at: string | null;
    }>();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now.toISOString()))
    return null;
  return { kind: 'token', id: row.id, name: row.name, role: row.role };
}

export async function principalFromSession(
  db: SqlDatabase,
  sessionId: string,
  now: Date,
): Promise<Principal | null> {
  const row = await db
    .prepare(
      `SELECT u.id, u.username, u.role, s.csrf_token, s.expires_at, ${NETWORKS_OF_USER} AS networks FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND u.disabled_at IS NULL`,
    )
    .bind(await sha256(sessionId))
    .first<{
      id: string;
      username: string;
      role: Role;
      csrf_token: string;
      expires_at: string;
      networks: string | null;
    }>();
  if (!row || row.expires_at <= now.toISOString()) return null;
  const networks = networkList(row.networks);
  return {
    kind: 'session',
    id: row.id,
    name: row.username,
    role: row.role,
    csrfToken: row.csrf_token,
    ...(networks && { networks }),
  };
}

/** A user's networks as JSON (`["uso"]`), or NULL when not limited; `u` is the users row. */
const NETWORKS_OF_USER =
  '(SELECT json_group_array(n.network_id) FROM user_networks n WHERE n.user_id = u.id HAVING count(*) > 0)';
const networkList = (json: string | null): string[] | null =>
  json ? (JSON.parse(json) as string[]).sort() : null;

/** Creates a token and returns the secret — the only time anyone sees it. */
export async function createToken(
  db: SqlDatabase,
  input: {
    name: string;
    role: Role;
    expiresAt?: string | null;
    createdBy?: string | null;
    secret?: string;
  },
): Promise<{ token: string; info: TokenInfo }> {
  const token = input.secret ?? randomSecret('vk_');
  const id = randomSecret().slice(0, 16);
  await db
    .prepare(
      'INSERT INTO api_tokens (id, name, role, token_hash, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .bind(
      id,
      input.name,
      input.role,
      await sha256(token),
      input.createdBy ?? null,
      input.expiresAt ?? null,
    )
    .run();
  const row = await db.prepare('SELECT * FROM api_tokens WHERE id = ?').bind(id).first();
  return { token, info: tokenInfo(row!) };
}

export async function listTokens(db: SqlDatabase): Promise<TokenInfo[]> {
  const { results } = await db.prepare('SELECT * FROM api_tokens ORDER BY created_at, id').all();
  return results.map(tokenInfo);
}

export async function revokeToken(db: SqlDatabase, id: string): Promise<boolean> {
  const { meta } = await db
    .prepare(
      "UPDATE api_tokens SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND revoked_at IS NULL",
    )
    .bind(id)
    .run();
  return meta.changes === 1;
}

/**
 * Registers `ADMIN_TOKEN` from the environment as an admin token (hashed), replacing an earlier
 * one, so the first admin needs no default credentials.
 */
export async function registerAdminToken(db: SqlDatabase, secret: string): Promise<void> {
  const hash = await sha256(secret);
  const existing = await db
    .prepare('SELECT id FROM api_tokens WHERE token_hash = ?')
    .bind(hash)
    .first();
  if (existing) return;
  await db.batch([
    db.prepare(
      "UPDATE api_tokens SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE name = 'ADMIN_TOKEN' AND revoked_at IS NULL",
    ),
    db
      .prepare(
        "INSERT INTO api_tokens (id, name, role, token_hash, created_by) VALUES (?, 'ADMIN_TOKEN', 'admin', ?, 'environment')",
      )
      .bind(randomSecret().slice(0, 16), hash),
  ]);
}

/** A username exists already (usernames are unique whatever their case). */
export class UsernameTakenError extends Error {
  constructor(username: string) {
    super(`The username ${username} is taken.`);
    this.name = 'UsernameTakenError';
  }
}

export async function createUser(
  db: SqlDatabase,
  input: { username: string; password: string; role: Role },
  iterations?: number,
): Promise<{ id: string; username: string; role: Role }> {
  const id = randomSecret().slice(0, 16);
  const hash = await hashPassword(input.password, iterations);
  try {
    await db
      .prepare('INSERT INTO users (id, username, role, password_hash) VALUES (?, ?, ?, ?)')
      .bind(id, input.username, input.role, hash)
      .run();
  } catch (error) {
    // The database decides, so two creates that race cannot both win.
    if (/UNIQUE/i.test(String((error as Error)?.message)))
      throw new UsernameTakenError(input.username);
    throw error;
  }
  return { id, username: input.username, role: input.role };
}

/**
 * Sets a user's password and ends their sessions — all of them, or all but `keepSession` (the
 * one changing its own password). False when there is no such user.
 */
export async function setPassword(
  db: SqlDatabase,
  userId: string,
  password: string,
  options: { iterations?: number; keepSession?: string } = {},
): Promise<boolean> {
  const hash = await hashPassword(password, options.iterations);
  const keep = options.keepSession ? await sha256(options.keepSession) : '';
  const [updated] = await db.batch([
    db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').bind(hash, userId),
    db.prepare('DELETE FROM sessions WHERE user_id = ? AND id_hash != ?').bind(userId, keep),
  ]);
  return updated?.meta.changes === 1;
}

/** A user by username, disabled or not (for the command line). */
export async function userByUsername(db: SqlDatabase, username: string) {
  return db
    .prepare('SELECT id, username FROM users WHERE username = ?')
    .bind(username)
    .first<{ id: string; username: string }>();
}

export interface UserInfo {
  id: string;
  username: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
  /** The networks they may change, or null when not limited. */
  networks: string[] | null;
}

const USER_INFO = `SELECT u.id, u.username, u.role, u.created_at AS createdAt, u.disabled_at AS disabledAt, ${NETWORKS_OF_USER} AS networks FROM users u`;
const userInfo = (row: Omit<UserInfo, 'networks'> & { networks: string | null }): UserInfo => ({
  ...row,
  networks: networkList(row.networks),
});

/** Every user, without password hashes, oldest first. */
export async function listUsers(db: SqlDatabase): Promise<UserInfo[]> {
  const { results } = await db
    .prepare(`${USER_INFO} ORDER BY u.created_at, u.id`)
    .all<Parameters<typeof userInfo>[0]>();
  return results.map(userInfo);
}

/**
 * Changes a user's role, or disables (or enables) them. Disabling also ends their sessions, so
 * they are signed out everywhere at once; a role change takes effect on their next request.
 */
export async function updateUser(
  db: SqlDatabase,
  id: string,
  change: { role?: Role; disabled?: boolean; networks?: string[] | null },
): Promise<UserInfo | null> {
  const statements = [];
  // The networks they may change, replaced whole; null lifts the limit.
  if (change.networks !== undefined) {
    statements.push(db.prepare('DELETE FROM user_networks WHERE user_id = ?').bind(id));
    for (const network of new Set(change.networks ?? []))
      statements.push(
        db
          .prepare(
            'INSERT INTO user_networks (user_id, network_id) SELECT id, ? FROM users WHERE id = ?',
          )
          .bind(network, id),
      );
  }
  if (change.role)
    statements.push(db.prepare('UPDATE users SET role = ? WHERE id = ?').bind(change.role, id));
  if (change.disabled !== undefined)
    statements.push(
      db
        .prepare(
          change.disabled
            ? "UPDATE users SET disabled_at = coalesce(disabled_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = ?"
            : 'UPDATE users SET disabled_at = NULL WHERE id = ?',
        )
        .bind(id),
    );
  if (change.disabled)
    statements.push(db.prepare('DELETE FROM sessions WHERE user_id = ?').bind(id));
  if (statements.length) await db.batch(statements);
  const row = await db
    .prepare(`${USER_INFO} WHERE u.id = ?`)
    .bind(id)
    .first<Parameters<typeof userInfo>[0]>();
  return row ? userInfo(row) : null;
}

export async function findUser(db: SqlDatabase, username: string) {
  return db
    .prepare(
      'SELECT id, username, role, password_hash FROM users WHERE username = ? AND disabled_at IS NULL',
    )
    .bind(username)
    .first<{ id: string; username: string; role: Role; password_hash: string | null }>();
}

export async function createSession(db: SqlDatabase, userId: string, now: Date) {
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await db.batch([
    db.prepare('DELETE FROM sessions WHERE expires_at <= ?').bind(now.toISOString()),
    db
      .prepare(
        'INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)',
      )
      .bind(await sha256(sessionId), userId, csrfToken, expiresAt),
  ]);
  return { sessionId, csrfToken, expiresAt };
}

export async function deleteSession(db: SqlDatabase, sessionId: string) {
  await db
    .prepare('DELETE FROM sessions WHERE id_hash = ?')
    .bind(await sha256(sessionId))
    .run();
}
