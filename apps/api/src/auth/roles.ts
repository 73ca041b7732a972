/** Who may do what: viewers read (and see themselves), editors change data, admins also manage people and purge. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const atLeast = (role: Role, required: Role) =>
  ROLES.indexOf(role) >= ROLES.indexOf(required);

/** The authenticated caller. */
export interface Principal {
  kind: 'token' | 'session';
  /** The user id or token id. */
  id: string;
  /** Username, or the token's name. */
  name: string;
  role: Role;
  /** For sessions: the CSRF token writes must echo. */
  csrfToken?: string;
  /** The networks a limited user may change (least privilege); undefined: not limited. */
  networks?: string[];
}

/** How the audit log names a principal: `user:aino` or `token:import-bot`. */
export const actorOf = (p: Principal) => `${p.kind === 'session' ? 'user' : 'token'}:${p.name}`;
