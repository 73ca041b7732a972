/**
 * The same logic in Express 5: each request computes its answer from the dataset and the
 * registry with the API's own view functions, as a conventional server would.
 */
import { previousPeriod, toIsoDate, workshopUseByMember } from '@verkosto/core';
import { usoDataset as dataset, municipalityRegistry as registry } from '@verkosto/data';
import express from 'express';
import { paginate } from '../../../apps/api/src/http/pagination.ts';
import { insightsView, municipalityView, participantView } from '../../../apps/api/src/views.ts';

const port = Number(process.argv[2]);
const app = express();

app.get('/v1/municipalities', (req, res) => {
  const region = typeof req.query.region === 'string' ? req.query.region : undefined;
  const found = registry.search('', {
    validOn: toIsoDate(new Date()),
    ...(region ? { regionCode: region } : {}),
  });
  const page = paginate(found, (m) => m.code, 50);
  res.json({ ...page, data: page.data.map((m) => municipalityView(m, 'fi')) });
});

app.get('/v1/periods/:periodId/participants', (req, res) => {
  const period = dataset.periods.find((p) => p.id === req.params.periodId);
  if (!period) {
    res.status(404).json({ type: '/problems/not-found', title: 'Not found', status: 404 });
    return;
  }
  const previous = previousPeriod(dataset.periods, period);
  const previousMembers = previous
    ? new Set(
        dataset.participations
          .filter((p) => p.periodId === previous.id)
          .map((p) => p.municipalityCode),
      )
    : undefined;
  const members = dataset.participations.filter((p) => p.periodId === period.id);
  const page = paginate(members, (p) => p.municipalityCode, 50);
  // Each member's workshops against its quota, as the API's member list carries them.
  const workshops = workshopUseByMember(
    period,
    dataset.programmes?.find((p) => p.periodId === period.id),
    members,
    dataset.activities ?? [],
    registry,
  );
  res.json({
    ...page,
    data: page.data.map((p) =>
      participantView(
        p,
        period,
        previousMembers,
        registry,
        'fi',
        workshops.get(p.municipalityCode),
      ),
    ),
  });
});

app.get('/v1/networks/:networkId/insights', (req, res) => {
  res.json({ data: insightsView(dataset, registry, req.params.networkId, 'fi') });
});

app.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
