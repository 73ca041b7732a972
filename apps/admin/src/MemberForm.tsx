import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { PARTICIPATION_ROLES, type Participation } from '@verkosto/core';
import { api } from './api.ts';
import { useT } from './i18n.ts';
import { Field, FormIssues } from './ui/Field.tsx';
import { otherIssues } from './ui/issues.ts';
import { SourcesField, sourceIds, sourcesDraft } from './ui/SourcesField.tsx';
import { useEditForm } from './ui/useEditForm.tsx';
import { validateForm } from './ui/validate.ts';

type Participant = Schemas['Participant'];

type Draft = { role: Participant['role']; joinedOn: string; leftOn: string; sources: string };
const draftOf = (member: Participant): Draft => ({
  role: member.role,
  joinedOn: member.joinedOn ?? '',
  leftOn: member.leftOn ?? '',
  sources: sourcesDraft(member.sources),
});

const FIELD_PATHS = ['/role', '/joinedOn', '/leftOn', '/sources'];

/**
 * Edits a membership: its role, and the days it began or ended when not the period's own.
 * Saved with If-Match, like every form here.
 */
export function MemberForm({
  member,
  onDone,
}: {
  member: Participant;
  onDone: (saved?: Participant) => void;
}) {
  const t = useT();
  const path = { periodId: member.periodId, code: member.municipalityCode };
  const labels: Record<keyof Draft, string> = {
    role: t('role'),
    joinedOn: t('joinedOn'),
    leftOn: t('leftOn'),
    sources: t('sources'),
  };
  const { draft, setDraft, issues, formProps, actions } = useEditForm({
    read: async () => {
      const result = await api.GET('/v1/periods/{periodId}/participants/{code}', {
        params: { path },
      });
      return { item: unwrap(result).data, etag: result.response.headers.get('etag') ?? '' };
    },
    blank: draftOf(member),
    draftOf,
    entityOf: (next: Draft): Participation => ({
      periodId: member.periodId,
      municipalityCode: member.municipalityCode,
      role: next.role,
      ...(next.joinedOn && { joinedOn: next.joinedOn }),
      ...(next.leftOn && { leftOn: next.leftOn }),
      sources: sourceIds(next.sources),
    }),
    check: (entity) => validateForm('participation', entity),
    send: (entity, ifMatch) =>
      api.PATCH('/v1/periods/{periodId}/participants/{code}', {
        params: { path, header: { 'if-match': ifMatch ?? '' } },
        body: {
          role: entity.role,
          joinedOn: entity.joinedOn ?? null,
          leftOn: entity.leftOn ?? null,
          sources: entity.sources,
        },
      }),
    labels,
    onDone,
  });
  if (!draft) return <p>{t('loading')}</p>;
  const date = (key: 'joinedOn' | 'leftOn') => (
    <Field label={labels[key]} path={`/${key}`} issues={issues} hint={t('membershipDateHint')}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <form {...formProps} className="panel" aria-labelledby="member-form-title">
      <h3 id="member-form-title">{t('editMemberNamed', { name: member.names.fi })}</h3>
      <Field label={labels.role} path="/role" issues={issues}>
        {(control) => (
          <select
            {...control}
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.target.value as Draft['role'] })}
          >
            {PARTICIPATION_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role_${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {date('joinedOn')}
      {date('leftOn')}
      <SourcesField
        value={draft.sources}
        onChange={(sources) => setDraft({ ...draft, sources })}
        issues={issues}
      />
      <FormIssues issues={otherIssues(issues, FIELD_PATHS)} />
      {actions}
    </form>
  );
}
