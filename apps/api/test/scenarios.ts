import { describe, expect, it } from 'vitest';

/**
 * The API's behaviour as scenarios that run unchanged on both runtimes: Node + SQLite
 * (scenarios.node.test.ts) and workerd + D1 (worker/scenarios.worker.test.ts). Each test stands
 * alone, so it holds whether or not the runtime resets storage between tests.
 */
export interface ScenarioTarget {
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** An admin API token the target registered (ADMIN_TOKEN). */
  adminToken: string;
}

export function defineScenarios(target: () => ScenarioTarget) {
  const json = (token: string, extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    ...extra,
  });
  const editorToken = async () => {
    const res = await target().fetch('/v1/tokens', {
      method: 'POST',
      headers: json(target().adminToken),
      body: JSON.stringify({ name: `editor-${crypto.randomUUID()}`, role: 'editor' }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { data: { token: string } }).data.token;
  };

  describe('scenario: reads', () => {
    it('serves the seed: USO 4 has 29 members, with ETag and 304', async () => {
      const res = await target().fetch('/v1/periods/uso-4/participants?limit=500');
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        meta: { total: number };
        data: Array<{ municipalityCode: string; name: string }>;
      };
      expect(body.meta.total).toBe(29);
      expect(body.data.find((m) => m.municipalityCode === '609')?.name).toBe('Pori');
      const etag = res.headers.get('etag')!;
      expect(
        (
          await target().fetch('/v1/periods/uso-4/participants?limit=500', {
            headers: { 'if-none-match': etag },
          })
        ).status,
      ).toBe(304);
    });

    it('answers problems: 404 and 400 naming the parameter', async () => {
      const missing = await target().fetch('/v1/periods/uso-99');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
      const bad = (await (await target().fetch('/v1/municipalities?limit=0')).json()) as {
        invalidParams: string[];
      };
      expect(bad.invalidParams).toEqual(['limit']);
    });

    it('knows what became of Pertunmaa (588)', async () => {
      const body = (await (await target().fetch('/v1/municipalities/588')).json()) as {
        data: { successors: Array<{ code: string; effectiveDate: string }> };
      };
      expect(body.data.successors).toEqual([
        expect.objectContaining({ code: '507', effectiveDate: '2025-01-01' }),
      ]);
    });
  });

  describe('scenario: comparison data', () => {
    it('puts USO 4’s 29 members beside their comparison groups, as JSON and CSV', async () => {
      const path = '/v1/periods/uso-4/comparison?year=2017&indicators=employment_rate_pct';
      const res = await target().fetch(path);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        data: {
          indicators: Array<{ groups: Array<{ median: number; n: number }> }>;
          members: Array<{ code: string; cells: Array<{ value: number; group: number }> }>;
        };
        attribution: { text: { fi: string } };
      };
      expect(body.data.members).toHaveLength(29);
      const pori = body.data.members.find((m) => m.code === '609')!;
      expect(pori.cells[0]!.value).toBe(67.8);
      expect(body.data.indicators[0]!.groups[pori.cells[0]!.group]).toMatchObject({
        n: 12,
        median: 68.15,
      });
      expect(body.attribution.text.fi).toContain('Tilastokeskus');
      const csv = await target().fetch(`${path}&format=csv`);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect((await csv.text()).trimEnd().split('\n')).toHaveLength(30);
      const bad = await target().fetch('/v1/periods/uso-4/comparison?year=2017&indicators=nope');
      expect(bad.status).toBe(400);
    });

    it('reads the catalogue and a merged municipality’s figures from the database', async () => {
      const catalogue = (await (await target().fetch('/v1/indicators')).json()) as {
        data: Array<{ id: string }>;
        attribution: { text: { fi: string } };
      };
      expect(catalogue.data).toHaveLength(39);
      expect(catalogue.attribution.text.fi).toContain('; THL Sotkanet');
      // Tarvasjoki (838) merged into Lieto (423) in 2015: the 2020 finances are Lieto's.
      const res = await target().fetch(
        '/v1/municipalities/838/figures?year=2020&indicators=loan_stock_eur_per_capita,population',
      );
      expect(res.status).toBe(200);
      const { data } = (await res.json()) as {
        data: { figures: Array<{ areaCode: string; mapping: string; value: number | null }> };
      };
      expect(data.figures.map((f) => [f.areaCode, f.mapping])).toEqual([
        ['423', 'successor'],
        ['423', 'successor'],
      ]);
      expect(data.figures.every((f) => typeof f.value === 'number')).toBe(true);
    });

    it('lists 19 regions and filters municipalities by group', async () => {
      const regions = (await (await target().fetch('/v1/regions')).json()) as { data: unknown[] };
      expect(regions.data).toHaveLength(19);
      const urban = (await (
        await target().fetch('/v1/municipalities?validOn=2026-01-01&group=urban&limit=1')
      ).json()) as { meta: { total: number } };
      expect(urban.meta.total).toBe(56);
    });
  });

  describe('scenario: auth', () => {
    it('refuses anonymous and viewer writes, lets an editor write', async () => {
      const body = JSON.stringify({ municipalityCode: '005' });
      expect(
        (
          await target().fetch('/v1/periods/uso-1/participants', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          })
        ).status,
      ).toBe(401);
      const viewer = await target().fetch('/v1/tokens', {
        method: 'POST',
        headers: json(target().adminToken),
        body: JSON.stringify({ name: `viewer-${crypto.randomUUID()}`, role: 'viewer' }),
      });
      const viewerToken = ((await viewer.json()) as { data: { token: string } }).data.token;
      expect(
        (
          await target().fetch('/v1/periods/uso-1/participants', {
            method: 'POST',
            headers: json(viewerToken),
            body,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await target().fetch('/v1/periods/uso-1/participants', {
            method: 'POST',
            headers: json(await editorToken()),
            body,
          })
        ).status,
      ).toBe(201);
    });
  });

  describe('scenario: the sign-in limit', () => {
    it('checks 5 guesses on one username, then answers 429 with Retry-After (counted in the database)', async () => {
      const username = `limit-${crypto.randomUUID().slice(0, 8)}`;
      const created = await target().fetch('/v1/users', {
        method: 'POST',
        headers: json(target().adminToken),
        body: JSON.stringify({ username, password: 'a long enough passphrase', role: 'viewer' }),
      });
      expect(created.status).toBe(201);
      const statuses: number[] = [];
      let last: Response | undefined;
      for (const password of ['g1', 'g2', 'g3', 'g4', 'g5', 'a long enough passphrase']) {
        last = await target().fetch('/v1/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
        statuses.push(last.status);
      }
      // The right password, sixth, is refused unchecked: the budget is spent.
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect(last?.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('scenario: writes with If-Match', () => {
    it('adds a member once (201, then 409) and refuses an abolished one with the rule’s issue', async () => {
      const token = await editorToken();
      const add = (code: string) =>
        target().fetch('/v1/periods/uso-2/participants', {
          method: 'POST',
          headers: json(token),
          body: JSON.stringify({ municipalityCode: code }),
        });
      expect((await add('091')).status).toBe(201);
      expect((await add('091')).status).toBe(409);
      const abolished = await add('999');
      expect(abolished.status).toBe(400);
      expect(
        ((await abolished.json()) as { issues: Array<{ code: string }> }).issues.map((i) => i.code),
      ).toContain('unknown_municipality');
    });

    it('needs If-Match, refuses a stale one with 412, accepts the current one', async () => {
      const token = await editorToken();
      const path = '/v1/themes/uso-6-toimiva-kaksoisjohtaminen';
      const etag = (await target().fetch(path)).headers.get('etag')!;
      const patch = (headers: Record<string, string>, keywords: string[]) =>
        target().fetch(path, {
          method: 'PATCH',
          headers: json(token, headers),
          body: JSON.stringify({ keywords }),
        });
      expect((await patch({}, ['a'])).status).toBe(428);
      const ok = await patch({ 'if-match': etag }, ['kaksoisjohtaminen']);
      expect(ok.status).toBe(200);
      const stale = await patch({ 'if-match': etag }, ['vanha']);
      expect(stale.status).toBe(412);
      expect(stale.headers.get('etag')).toBeTruthy();
      const now = (await (await target().fetch(path)).json()) as { data: { keywords: string[] } };
      expect(now.data.keywords).toEqual(['kaksoisjohtaminen']);
    });
  });

  describe('scenario: activities', () => {
    it('books workshops up to the quota, refuses one more, and lists them, counts them and serves them as a calendar', async () => {
      const token = await editorToken();
      // Kerava (245), a member of USO 4: three workshops a year.
      const add = (day: string) =>
        target().fetch('/v1/periods/uso-4/activities', {
          method: 'POST',
          headers: json(token),
          body: JSON.stringify({
            kind: 'municipal-workshop',
            title: { fi: 'Kuntatyöpaja' },
            start: `${day}T09:00`,
            end: `${day}T12:00`,
            municipalityCode: '245',
          }),
        });
      for (const day of ['2018-02-01', '2018-04-01', '2018-06-01'])
        expect((await add(day)).status).toBe(201);
      const over = await add('2018-08-01');
      expect(over.status).toBe(400);
      expect(over.headers.get('content-type')).toBe('application/problem+json');
      expect(
        ((await over.json()) as { issues: Array<{ code: string }> }).issues.map((i) => i.code),
      ).toEqual(['workshop_quota_exceeded']);

      const member = (await (
        await target().fetch('/v1/periods/uso-4/participants/245')
      ).json()) as { data: { workshops: { quota: number; planned: number; remaining: number } } };
      expect(member.data.workshops).toMatchObject({ quota: 6, planned: 3, remaining: 3 });
      const list = (await (
        await target().fetch('/v1/periods/uso-4/activities?municipality=245&limit=2')
      ).json()) as { data: Array<{ start: string }>; meta: { total: number; nextCursor: string } };
      expect(list.meta.total).toBe(3);
      expect(list.data.map((a) => a.start)).toEqual(['2018-02-01T09:00', '2018-04-01T09:00']);
      const next = (await (
        await target().fetch(
          `/v1/periods/uso-4/activities?municipality=245&limit=2&cursor=${list.meta.nextCursor}`,
        )
      ).json()) as { data: Array<{ start: string }> };
      expect(next.data.map((a) => a.start)).toEqual(['2018-06-01T09:00']);

      const progress = (await (await target().fetch('/v1/periods/uso-4/programme')).json()) as {
        data: { progress: Array<{ kind: string; scheduled: number }> };
      };
      expect(
        progress.data.progress.find((r) => r.kind === 'municipal-workshop')!.scheduled,
      ).toBeGreaterThanOrEqual(3);
      const ics = await target().fetch('/v1/periods/uso-4/activities.ics');
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const text = await ics.text();
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20180201T090000');
    });
  });

  describe('scenario: import', () => {
    it('dry-runs, imports all or nothing, and replays an Idempotency-Key', async () => {
      const token = await editorToken();
      const csv = 'period_id,municipality_code\nuso-3,091\nuso-3,564\n';
      const post = (query: string, headers: Record<string, string> = {}, body = csv) =>
        target().fetch(`/v1/import${query}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', ...headers },
          body,
        });
      const dry = (await (await post('?dryRun=true')).json()) as {
        data: { ok: boolean; changes: { created: { participations: number } } };
      };
      expect(dry.data.ok).toBe(true);
      expect(dry.data.changes.created.participations).toBe(2);
      expect(
        (
          (await (await target().fetch('/v1/periods/uso-3/participants')).json()) as {
            meta: { total: number };
          }
        ).meta.total,
      ).toBe(0);
      const key = crypto.randomUUID();
      expect((await post('', { 'idempotency-key': key })).status).toBe(200);
      const replay = await post('', { 'idempotency-key': key });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(
        (
          (await (await target().fetch('/v1/periods/uso-3/participants')).json()) as {
            meta: { total: number };
          }
        ).meta.total,
      ).toBe(2);
      const broken = await post('', {}, 'period_id,municipality_code\nuso-3,091\nuso-3,999\n');
      expect(broken.status).toBe(400);
      expect(
        (
          (await (await target().fetch('/v1/periods/uso-3/participants')).json()) as {
            meta: { total: number };
          }
        ).meta.total,
      ).toBe(2);
    });
  });
}
