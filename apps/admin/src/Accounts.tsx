import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from './api.ts';
import { type MessageKey, useLanguage, useT } from './i18n.ts';
import { DataTable } from './ui/DataTable.tsx';
import { Field, FormIssues } from './ui/Field.tsx';
import { formatMoment } from './ui/format.ts';
import { type FormIssue, issuesOfProblem, otherIssues } from './ui/issues.ts';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { failureStatus } from './ui/writes.ts';

type User = Schemas['UserInfo'];
type Token = Schemas['TokenInfo'];
type Role = User['role'];
const ROLES: Role[] = ['viewer', 'editor', 'admin'];

function RoleSelect({
  id,
  value,
  onChange,
  ...control
}: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}) {
  const t = useT();
  return (
    <select {...control} id={id} value={value} onChange={(e) => onChange(e.target.value as Role)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role_${role}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}

/**
 * A user's role, changed only when the button is pressed: a select that saved on change would
 * save at every arrow key in some browsers.
 */
function RoleChange({ user, onSave }: { user: User; onSave: (role: Role) => Promise<void> }) {
  const t = useT();
  const [role, setRole] = useState(user.role);
  return (
    <span className="row-actions">
      <RoleSelect
        id={`role-${user.id}`}
        aria-label={t('roleOf', { name: user.username })}
        value={role}
        onChange={setRole}
      />{' '}
      <button
        type="button"
        className="secondary"
        disabled={role === user.role}
        aria-label={t('changeRoleOf', { name: user.username })}
        onClick={() => void onSave(role)}
      >
        {t('changeRole')}
      </button>
    </span>
  );
}

/** Who may sign in, and the API tokens of scripts and services. Admins only. */
export function Accounts({ me }: { me: string }) {
  const t = useT();
  return (
    <>
      <h1>{t('accounts')}</h1>
      <Users me={me} />
      <Tokens />
    </>
  );
}

function Users({ me }: { me: string }) {
  const t = useT();
  const language = useLanguage();
  const [users, setUsers] = useState<User[] | null>(null);
  const [draft, setDraft] = useState({ username: '', password: '', role: 'editor' as Role });
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const load = useCallback(async () => {
    setUsers(unwrap(await api.GET('/v1/users')).data);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  /** A role change or (dis)abling, straight from the row; the status line says how it went. */
  async function change(user: User, body: { role?: Role; disabled?: boolean }, done: string) {
    const result = await api.PATCH('/v1/users/{userId}', {
      params: { path: { userId: user.id } },
      body,
    });
    setStatus(result.data ? { kind: 'saved', text: done } : failureStatus(result, language));
    await load();
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    const result = await api.POST('/v1/users', { body: draft });
    if (!result.data) {
      setIssues(issuesOfProblem(result.error as never, result.response.statusText));
      return;
    }
    setIssues([]);
    setDraft({ username: '', password: '', role: draft.role });
    setStatus({ kind: 'saved', text: t('userCreated', { name: result.data.data.username }) });
    await load();
  }

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('users')}</h2>
      <StatusMessage status={status} />
      {!users ? (
        <p>{t('loading')}</p>
      ) : (
        <DataTable
          caption={t('users')}
          rows={users}
          rowKey={(user) => user.id}
          columns={[
            { label: t('username'), cell: (user) => user.username },
            {
              label: t('role'),
              cell: (user) =>
                user.username === me ? (
                  // Your own role is not yours to change: another admin can.
                  t(`role_${user.role}` as MessageKey)
                ) : (
                  <RoleChange
                    user={user}
                    onSave={(role) =>
                      change(user, { role }, t('roleChanged', { name: user.username }))
                    }
                  />
                ),
            },
            { label: t('createdAt'), cell: (user) => formatMoment(user.createdAt, language) },
            {
              label: t('state'),
              cell: (user) => (
                <>
                  {user.disabledAt
                    ? `${t('disabled')} ${formatMoment(user.disabledAt, language)} `
                    : `${t('active')} `}
                  {user.username !== me && (
                    <button
                      type="button"
                      className={user.disabledAt ? 'secondary' : 'danger'}
                      aria-label={t(user.disabledAt ? 'enableNamed' : 'disableNamed', {
                        name: user.username,
                      })}
                      onClick={() =>
                        void change(
                          user,
                          { disabled: !user.disabledAt },
                          t(user.disabledAt ? 'userEnabled' : 'userDisabled', {
                            name: user.username,
                          }),
                        )
                      }
                    >
                      {t(user.disabledAt ? 'enable' : 'disable')}
                    </button>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      <form className="panel" aria-labelledby="new-user-title" noValidate onSubmit={create}>
        <h3 id="new-user-title">{t('newUser')}</h3>
        <Field label={t('username')} path="/username" issues={issues} hint={t('usernameHint')}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={draft.username}
              onChange={(e) => setDraft({ ...draft, username: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('password')} path="/password" issues={issues} hint={t('passwordHint')}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={draft.password}
              onChange={(e) => setDraft({ ...draft, password: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('role')} path="/role" issues={issues}>
          {(control) => (
            <RoleSelect
              {...control}
              value={draft.role}
              onChange={(role) => setDraft({ ...draft, role })}
            />
          )}
        </Field>
        <FormIssues issues={otherIssues(issues, ['/username', '/password', '/role'])} />
        <button type="submit">{t('createUser')}</button>
      </form>
    </section>
  );
}

function Tokens() {
  const t = useT();
  const language = useLanguage();
  const [tokens, setTokens] = useState<Token[] | null>(null);
  const [draft, setDraft] = useState({ name: '', role: 'viewer' as Role, expires: '' });
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const load = useCallback(async () => {
    setTokens(unwrap(await api.GET('/v1/tokens')).data);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function create(event: FormEvent) {
    event.preventDefault();
    const result = await api.POST('/v1/tokens', {
      body: {
        name: draft.name,
        role: draft.role,
        // The token stops working at the end of the chosen day (UTC).
        ...(draft.expires && { expiresAt: `${draft.expires}T23:59:59.999Z` }),
      },
    });
    if (!result.data) {
      setIssues(
        issuesOfProblem(result.error as never, result.response.statusText).map((issue) =>
          issue.path === '/expiresAt' ? { ...issue, path: '/expires' } : issue,
        ),
      );
      return;
    }
    setIssues([]);
    setStatus(null);
    setSecret({ name: result.data.data.name, token: result.data.data.token });
    setDraft({ name: '', role: draft.role, expires: '' });
    await load();
  }

  async function revoke(token: Token) {
    const result = await api.DELETE('/v1/tokens/{tokenId}', {
      params: { path: { tokenId: token.id } },
    });
    setStatus(
      result.response.ok
        ? { kind: 'saved', text: t('tokenRevoked', { name: token.name }) }
        : failureStatus(result, language),
    );
    await load();
  }

  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens')}</h2>
      <p className="hint">{t('tokensHelp')}</p>
      <StatusMessage status={status} />
      {!tokens ? (
        <p>{t('loading')}</p>
      ) : (
        <DataTable
          caption={t('tokens')}
          rows={tokens}
          rowKey={(token) => token.id}
          columns={[
            { label: t('tokenName'), cell: (token) => token.name },
            { label: t('role'), cell: (token) => t(`role_${token.role}` as MessageKey) },
            { label: t('createdBy'), cell: (token) => token.createdBy ?? '–' },
            { label: t('createdAt'), cell: (token) => formatMoment(token.createdAt, language) },
            { label: t('expires'), cell: (token) => formatMoment(token.expiresAt, language) },
            {
              label: t('revoked'),
              cell: (token) =>
                token.revokedAt ? (
                  formatMoment(token.revokedAt, language)
                ) : (
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('revokeNamed', { name: token.name })}
                    onClick={() => void revoke(token)}
                  >
                    {t('revoke')}
                  </button>
                ),
            },
          ]}
        />
      )}
      {secret && (
        <div role="status" className="notice">
          <p>{t('tokenShownOnce', { name: secret.name })}</p>
          <p>
            <code className="secret">{secret.token}</code>
          </p>
        </div>
      )}
      <form className="panel" aria-labelledby="new-token-title" noValidate onSubmit={create}>
        <h3 id="new-token-title">{t('newToken')}</h3>
        <Field label={t('tokenName')} path="/name" issues={issues} hint={t('tokenNameHint')}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('role')} path="/role" issues={issues}>
          {(control) => (
            <RoleSelect
              {...control}
              value={draft.role}
              onChange={(role) => setDraft({ ...draft, role })}
            />
          )}
        </Field>
        <Field label={t('expiresOn')} path="/expires" issues={issues} hint={t('expiresHint')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.expires}
              onChange={(e) => setDraft({ ...draft, expires: e.target.value })}
            />
          )}
        </Field>
        <FormIssues issues={otherIssues(issues, ['/name', '/role', '/expires'])} />
        <button type="submit">{t('createToken')}</button>
      </form>
    </section>
  );
}
