import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshop } from './activities.ts';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  getJson(t.app, path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const post = (body: unknown, role: 'editor' | 'viewer' = 'editor') =>
  send('POST', '/v1/periods/uso-4/activities', t.as(role), body);
const { periodId: _, id: __, ...poriWorkshop } = workshop('', '2017-03-01', '609');
const uses = async (code: string) =>
  (await getJson(t.app, `/v1/periods/uso-4/participants/${code}`)).body.data.workshops;

describe('a member’s workshops against its quota', () => {
  it('adds a workshop for Pori: 201, its Location and ETag, an audit row, and the member’s count', async () => {
    const audits = await t.auditCount();
    const { status, res, body } = await post(poriWorkshop);
    expect(status).toBe(201);
    expect(body.data.id).toBe('uso-4-2017-03-01-kuntatyopaja-609');
    expect(body.data.kindName).toBe('kuntatyöpaja');
    expect(res.headers.get('location')).toBe('/v1/activities/uso-4-2017-03-01-kuntatyopaja-609');
    expect(res.headers.get('etag')).toBe('"v1-fi"');
    expect(await t.auditCount()).toBe(audits + 1);
    const read = await getJson(t.app, res.headers.get('location')!);
    expect(read.body.data).toEqual(body.data);
    // USO 4: three workshops a year for two calendar years.
    expect(await uses('609')).toEqual({
      quota: 6,
      held: 0,
      planned: 1,
      remaining: 5,
      years: [
        { year: 2017, quota: 3, held: 0, planned: 1, remaining: 2 },
        { year: 2018, quota: 3, held: 0, planned: 0, remaining: 3 },
      ],
    });
    const list = await getJson(t.app, '/v1/periods/uso-4/participants?limit=500');
    const pori = list.body.data.find(
      (m: { municipalityCode: string }) => m.municipalityCode === '609',
    );
    expect(pori.workshops.planned).toBe(1);
    const other = list.body.data.find(
      (m: { municipalityCode: string }) => m.municipalityCode !== '609',
    );
    expect(other.workshops).toMatchObject({ quota: 6, held: 0, planned: 0, remaining: 6 });
  });

  it('refuses a fourth workshop in 2017 with workshop_quota_exceeded, writing nothing', async () => {
    for (const day of ['2017-06-01', '2017-09-01'])
      expect((await post({ ...poriWorkshop, start: day, end: day })).status).toBe(201);
    const audits = await t.auditCount();
    const { status, res, body } = await post({
      ...poriWorkshop,
      start: '2017-11-01',
      end: '2017-11-01',
    });
    expect(status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(body.issues.map((i: { code: string }) => i.code)).toEqual(['workshop_quota_exceeded']);
    expect(body.issues[0].message.en).toBe(
      'Pori (609): workshop number 4 in 2017; the quota is 3.',
    );
    expect(await t.auditCount()).toBe(audits);
    // 2018 has its own three; a cancelled one counts for nothing.
    expect((await post({ ...poriWorkshop, start: '2018-01-10', end: '2018-01-10' })).status).toBe(
      201,
    );
    expect(
      (await post({ ...poriWorkshop, start: '2017-12-01', end: '2017-12-01', status: 'cancelled' }))
        .status,
    ).toBe(201);
    expect(await uses('609')).toMatchObject({ quota: 6, planned: 4, remaining: 2 });
  });

  it('changes a member’s and the programme’s ETag when a workshop is added, and If-Match still reads it', async () => {
    const member = '/v1/periods/uso-4/participants/687';
    const before = (await t.app.request(member)).headers.get('etag')!;
    const programme = (await t.app.request('/v1/periods/uso-4/programme')).headers.get('etag')!;
    expect(before).toMatch(/^"v1-fi-[0-9a-z]+"$/);
    expect(
      (
        await post({
          ...poriWorkshop,
          municipalityCode: '687',
          start: '2018-02-01',
          end: '2018-02-01',
        })
      ).status,
    ).toBe(201);
    const after = await t.app.request(member, { headers: { 'if-none-match': before } });
    expect(after.status).toBe(200);
    expect((await after.json()).data.workshops.planned).toBe(1);
    const now = after.headers.get('etag')!;
    expect(now).not.toBe(before);
    const changed = await t.app.request('/v1/periods/uso-4/programme', {
      headers: { 'if-none-match': programme },
    });
    expect(changed.status).toBe(200);
    // The item itself is at the same version: If-Match with either ETag writes.
    const patched = await send('PATCH', member, t.as('editor', { 'if-match': now }), {
      role: 'kehittajakunta',
    });
    expect(patched.status).toBe(200);
    // Leave USO 4 as the tests below count it.
    const added = 'uso-4-2018-02-01-kuntatyopaja-687';
    expect(
      (await send('DELETE', `/v1/activities/${added}`, t.as('editor', { 'if-match': '*' }))).status,
    ).toBe(204);
  });

  it('refuses a workshop for a municipality that is no member, and one outside the period', async () => {
    const notMember = await post({ ...poriWorkshop, municipalityCode: '091' });
    expect(notMember.body.issues.map((i: { code: string }) => i.code)).toEqual([
      'workshop_not_member',
    ]);
    const outside = await post({ ...poriWorkshop, start: '2019-02-01', end: '2019-02-01' });
    expect(outside.status).toBe(400);
    expect(outside.body.issues.map((i: { code: string }) => i.code)).toContain(
      'activity_outside_period',
    );
  });
});

describe('activity writes', () => {
  const seminar = {
    id: 'uso-4-teemaseminaari',
    kind: 'national-seminar',
    title: { fi: 'Teemaseminaari', sv: 'Temaseminarium' },
    start: '2017-04-20T09:00',
    end: '2017-04-20T16:00',
    themeIds: ['uso-4-muutoksen-johtaminen'],
    sources: ['fcg-uso-en'],
  };

  it('needs an editor: 401 without a token, 403 for a viewer', async () => {
    expect(
      (
        await send(
          'POST',
          '/v1/periods/uso-4/activities',
          { 'content-type': 'application/json' },
          seminar,
        )
      ).status,
    ).toBe(401);
    expect((await post(seminar, 'viewer')).status).toBe(403);
    // A programme is set with PUT: the same guard as every other write.
    const programme = { planned: [], sources: [] };
    const path = '/v1/periods/uso-1/programme';
    expect(
      (await send('PUT', path, { 'content-type': 'application/json' }, programme)).status,
    ).toBe(401);
    expect((await send('PUT', path, t.as('viewer'), programme)).status).toBe(403);
    expect((await send('DELETE', path, t.as('viewer', { 'if-match': '*' }))).status).toBe(403);
  });

  it('creates, answers 409 for the same id, changes with If-Match and deletes', async () => {
    expect((await post(seminar)).status).toBe(201);
    const again = await post(seminar);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('/problems/conflict');

    const path = '/v1/activities/uso-4-teemaseminaari';
    const patch = { status: 'held', participantCount: 84 };
    expect((await send('PATCH', path, t.as('editor'), patch)).status).toBe(428);
    const stale = await send('PATCH', path, t.as('editor', { 'if-match': '"v7"' }), patch);
    expect(stale.status).toBe(412);
    expect(stale.res.headers.get('etag')).toBe('"v1"');
    const etag = (await t.app.request(path)).headers.get('etag')!;
    const changed = await send('PATCH', path, t.as('editor', { 'if-match': etag }), patch);
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ status: 'held', participantCount: 84 });
    expect(changed.res.headers.get('etag')).toBe('"v2-fi"');
    // A field removed with null; the period never changes.
    const removed = await send('PATCH', path, t.as('editor', { 'if-match': '"v2"' }), {
      participantCount: null,
    });
    expect(removed.body.data.participantCount).toBeUndefined();
    expect(
      (await send('PATCH', path, t.as('editor', { 'if-match': '*' }), { periodId: 'uso-5' }))
        .status,
    ).toBe(400);
    // A change that would break a rule: the theme of another period.
    const otherTheme = await send('PATCH', path, t.as('editor', { 'if-match': '*' }), {
      themeIds: ['uso-5-kukoistava-kunta'],
    });
    expect(otherTheme.body.issues.map((i: { code: string }) => i.code)).toEqual([
      'activity_theme_other_period',
    ]);

    const audits = await t.auditCount();
    expect((await send('DELETE', path, t.as('editor', { 'if-match': '"v3"' }))).status).toBe(204);
    expect(await t.auditCount()).toBe(audits + 1);
    expect((await getJson(t.app, path)).status).toBe(404);
  });

  it('refuses a bad body with the field’s path', async () => {
    const bad = await post({ ...seminar, id: 'uso-4-huono', start: '2017-04-20 09:00' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toContain('/start');
  });

  it('keeps a theme that activities take up from being deleted', async () => {
    const theme = '/v1/themes/uso-4-muutoksen-johtaminen';
    const res = await send('DELETE', theme, t.as('editor', { 'if-match': '*' }));
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { code: string }) => i.code)).toContain('unknown_theme');
  });

  it('removing a member with workshops is refused: they would belong to no member', async () => {
    const res = await send(
      'DELETE',
      '/v1/periods/uso-4/participants/609',
      t.as('editor', { 'if-match': '*' }),
    );
    expect(res.status).toBe(400);
    expect(new Set(res.body.issues.map((i: { code: string }) => i.code))).toEqual(
      new Set(['workshop_not_member']),
    );
  });
});

describe('a period’s activities, programme and calendar', () => {
  beforeAll(async () => {
    for (const [n, day] of ['2017-02-14', '2017-10-05', '2018-03-08', '2018-09-20'].entries())
      expect(
        (
          await post({
            id: `uso-4-seminaari-${n}`,
            kind: n % 2 ? 'work-seminar' : 'national-seminar',
            status: n < 2 ? 'held' : 'planned',
            title: { fi: `Seminaari ${n}`, sv: `Seminarium ${n}` },
            start: `${day}T10:00`,
            end: `${day}T15:30`,
            themeIds: n === 3 ? ['uso-4-strateginen-johtaminen'] : [],
            participantCount: n < 2 ? 60 + n : undefined,
          })
        ).status,
      ).toBe(201);
  });

  const list = async (query: string) => {
    const { status, body } = await getJson(t.app, `/v1/periods/uso-4/activities?${query}`);
    expect(status).toBe(200);
    return body as {
      data: Array<{ id: string; start: string }>;
      meta: { total: number; nextCursor: string | null };
    };
  };

  it('pages by start and id with a cursor, every activity once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let total = 0;
    while (cursor !== null) {
      const page = await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.data.map((a) => `${a.start} ${a.id}`));
      total = page.meta.total;
      cursor = page.meta.nextCursor;
    }
    expect(seen.length).toBe(total);
    expect(total).toBe(9);
    expect(seen).toEqual([...seen].sort());
  });

  it('filters by kind, municipality, theme and first day', async () => {
    expect((await list('kind=work-seminar')).data.map((a) => a.id)).toEqual([
      'uso-4-seminaari-1',
      'uso-4-seminaari-3',
    ]);
    expect((await list('municipality=609&to=2017-12-31')).meta.total).toBe(4);
    expect((await list('theme=uso-4-strateginen-johtaminen')).data.map((a) => a.id)).toEqual([
      'uso-4-seminaari-3',
    ]);
    // `to` takes in any time of its day.
    expect(
      (await list('from=2017-10-05&to=2018-03-08&kind=national-seminar')).data.map((a) => a.id),
    ).toEqual(['uso-4-seminaari-2']);
    const bad = await getJson(t.app, '/v1/periods/uso-4/activities?from=5.10.2017&municipality=9');
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams.sort()).toEqual(['from', 'municipality']);
    expect((await getJson(t.app, '/v1/periods/uso-99/activities')).status).toBe(404);
  });

  it('tells planned against held per kind, from the sourced programme', async () => {
    const { body } = await getJson(t.app, '/v1/periods/uso-4/programme?lang=en');
    expect(body.data.exists).toBe(true);
    expect(body.data.workshopQuota).toMatchObject({ count: 3, per: 'year' });
    const byKind = Object.fromEntries(
      body.data.progress.map((row: { kind: string }) => [row.kind, row]),
    );
    expect(byKind['work-seminar']).toMatchObject({ held: 1, scheduled: 1, cancelled: 0 });
    expect(byKind['municipal-workshop']).toMatchObject({
      kindName: 'municipal workshop',
      held: 0,
      scheduled: 4,
      cancelled: 1,
    });
    // USO 1 has no programme in any source: nothing is made up.
    const none = await getJson(t.app, '/v1/periods/uso-1/programme');
    expect(none.body.data).toMatchObject({ exists: false, planned: [], workshopQuota: null });
  });

  it('sets a programme: replacing needs If-Match', async () => {
    const path = '/v1/periods/uso-1/programme';
    const programme = {
      planned: [{ kind: 'national-seminar', count: 2, per: 'period', sources: [] }],
      sources: [],
    };
    const created = await send('PUT', path, t.as('editor'), programme);
    expect(created.status).toBe(200);
    expect(created.body.data.progress[0]).toMatchObject({ kind: 'national-seminar', planned: 2 });
    expect((await send('PUT', path, t.as('editor'), programme)).status).toBe(428);
    const negative = await send('PUT', path, t.as('editor', { 'if-match': '"v1"' }), {
      ...programme,
      planned: [{ ...programme.planned[0], count: -1 }],
    });
    expect(negative.body.issues.map((i: { code: string }) => i.code)).toEqual([
      'programme_count_negative',
    ]);
    expect((await send('DELETE', path, t.as('editor', { 'if-match': '"v1"' }))).status).toBe(204);
    expect((await getJson(t.app, path)).body.data.exists).toBe(false);
  });

  it('serves an iCalendar feed that ical.js reads: Helsinki times, whole days, cancelled ones', async () => {
    const res = await t.app.request('/v1/periods/uso-4/activities.ics', {
      headers: { accept: 'text/calendar' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('\r\n');
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBe(9);
    const seminar = events.find((e) => e.summary === 'Seminaari 0')!;
    // 10.00 in Helsinki in February is 08.00 UTC.
    expect(seminar.startDate.toJSDate().toISOString()).toBe('2017-02-14T08:00:00.000Z');
    const day = events.find((e) => e.startDate.isDate)!;
    expect(day.summary).toContain('(Pori)');
    const cancelled = calendar
      .getAllSubcomponents('vevent')
      .filter((e) => e.getFirstPropertyValue('status') === 'CANCELLED');
    expect(cancelled.length).toBe(1);
    expect(
      (
        await t.app.request('/v1/periods/uso-4/activities.ics', {
          headers: { accept: 'application/json' },
        })
      ).status,
    ).toBe(406);
    expect((await t.app.request('/v1/periods/uso-99/activities.ics')).status).toBe(404);
  });
});

describe('import and export', () => {
  it('exports activities and programmes, as JSON and as an activities CSV', async () => {
    const { body } = await getJson(t.app, '/v1/export');
    expect(body.programmes.map((p: { periodId: string }) => p.periodId)).toEqual([
      'uso-2',
      'uso-4',
      'uso-5',
      'uso-6',
      'uso-7',
    ]);
    expect(body.activities.length).toBe(9);
    const csv = await (await t.app.request('/v1/export?format=csv&kind=activities')).text();
    expect(csv.split('\r\n')[0]).toContain('period_id');
    expect(csv).toContain('uso-4-seminaari-3');
  });

  it('imports a dataset with activities: the dry run shows them, the import stores them', async () => {
    const dataset = {
      formatVersion: 1,
      sources: [],
      networks: [],
      periods: [],
      themes: [],
      participations: [],
      activities: [{ ...workshop('uso-4-tuotu-tyopaja', '2018-05-01', '092') }],
      programmes: [],
    };
    const dry = await send('POST', '/v1/import?dryRun=true', t.as('editor'), dataset);
    expect(dry.status).toBe(200);
    expect(dry.body.data.changes.created.activities).toBe(1);
    expect((await getJson(t.app, '/v1/activities/uso-4-tuotu-tyopaja')).status).toBe(404);
    const done = await send('POST', '/v1/import', t.as('editor'), dataset);
    expect(done.status).toBe(200);
    expect((await getJson(t.app, '/v1/activities/uso-4-tuotu-tyopaja')).status).toBe(200);
    // Over the quota in an import: refused whole.
    const many = {
      ...dataset,
      activities: ['01', '02', '03', '04'].map((m) =>
        workshop(`uso-4-liikaa-${m}`, `2017-${m}-15`, '092'),
      ),
    };
    const refused = await send('POST', '/v1/import', t.as('editor'), many);
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((i: { code: string }) => i.code)).toEqual([
      'workshop_quota_exceeded',
    ]);
    expect((await getJson(t.app, '/v1/activities/uso-4-liikaa-01')).status).toBe(404);
  });

  it('imports an activities CSV: it replaces the activities of the periods it covers', async () => {
    const csv = [
      'period_id,kind,title_fi,start,end,municipality_code,status',
      'uso-5,national-seminar,Aloitusseminaari,2019-03-05T10:00,2019-03-05T16:00,,held',
      'uso-5,work-seminar,Työseminaari,2019-09-10,,,',
    ].join('\n');
    const res = await getJson(t.app, '/v1/import', {
      method: 'POST',
      headers: { ...t.as('editor'), 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(200);
    expect(res.body.data.kind).toBe('activities');
    expect(res.body.data.changes.created.activities).toBe(2);
    const uso5 = await getJson(t.app, '/v1/periods/uso-5/activities');
    expect(uso5.body.data.map((a: { title: { fi: string } }) => a.title.fi)).toEqual([
      'Aloitusseminaari',
      'Työseminaari',
    ]);
    // The lines of a bad row.
    const bad = await getJson(t.app, '/v1/import?dryRun=true', {
      method: 'POST',
      headers: { ...t.as('editor'), 'content-type': 'text/csv' },
      body: `${csv}\nuso-5,work-seminar,Myöhään,2021-09-10,,,`,
    });
    expect(bad.body.data.ok).toBe(false);
    expect(bad.body.data.issues[0]).toMatchObject({ code: 'activity_outside_period', line: 4 });
  });
});

describe('the network’s insights', () => {
  const uso4 = async () =>
    (await getJson(t.app, '/v1/networks/uso/insights')).body.data.find(
      (i: { periodId: string }) => i.periodId === 'uso-4',
    ).activities as {
      activityCount: number;
      progress: Array<{ kind: string; kindName: string; planned: number | null; held: number }>;
      workshops: Array<{ municipalityCode: string; quota: number | null; planned: number }>;
      themes: Array<{ themeId: string; name: string; activities: number; held: number }>;
    };

  it('count what a period did: planned against held per kind, workshops per member, themes taken up', async () => {
    const before = await uso4();
    const seminar = {
      kind: 'national-seminar',
      status: 'held',
      title: { fi: 'Teemaseminaari' },
      start: '2017-02-01',
      end: '2017-02-01',
      themeIds: ['uso-4-muutoksen-johtaminen'],
    };
    expect((await post(seminar)).status).toBe(201);
    const after = await uso4();

    expect(after.activityCount).toBe(before.activityCount + 1);
    const kind = (x: typeof after, name: string) => x.progress.find((r) => r.kind === name);
    expect(kind(after, 'national-seminar')).toMatchObject({
      kindName: 'valtakunnallinen seminaari',
      held: (kind(before, 'national-seminar')?.held ?? 0) + 1,
    });
    const theme = (x: typeof after) =>
      x.themes.find((r) => r.themeId === 'uso-4-muutoksen-johtaminen')!;
    expect(theme(after).name).toBeTruthy();
    expect(theme(after).activities).toBe(theme(before).activities + 1);
    expect(theme(after).held).toBe(theme(before).held + 1);
    // Every theme of the period is listed, those no activity takes up too.
    expect(after.themes).toHaveLength(4);

    // Each member's workshops, as the member's own view counts them.
    expect(after.workshops).toHaveLength(29);
    const pori = after.workshops.find((w) => w.municipalityCode === '609')!;
    const { years: _years, ...own } = await uses('609');
    expect(pori).toMatchObject(own);
  });
});
