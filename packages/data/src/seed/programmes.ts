import type { Programme } from '@verkosto/core';
import type { UsoSourceId } from './sources.ts';

/**
 * Each USO period's programme, as far as the sources state it (reference/uso/FACTS.md, the
 * column "activities as stated"). `statedAs` is the source's wording verbatim; a test holds it
 * against FACTS.md. What is stated without a number ("regular contact-person meetings") has no
 * count; what is no kind of activity (USO 2's peer groups, USO 4's change clinics, USO 5's
 * comparison of starting points) stays in the period's description only. USO 1 and USO 3 have
 * no programme in any source. No event or date is recorded: no source gives one.
 *
 * Kinds: a "network seminar", a "national event" and a plain "seminar" of the whole network are
 * its national seminars; the workshops held for each municipality are municipal workshops,
 * counted against each member's quota.
 */
type UsoProgramme = Programme & { sources: UsoSourceId[] };

export const USO_PROGRAMMES: UsoProgramme[] = [
  {
    periodId: 'uso-2',
    planned: [
      {
        kind: 'national-seminar',
        count: 5,
        per: 'period',
        statedAs: '5 network seminars (spring 2013)',
        sources: ['fcg-lehti-39'],
      },
    ],
    workshopQuota: {
      count: 3,
      per: 'year',
      statedAs: '3 workshops per municipality a year',
      sources: ['fcg-lehti-39'],
    },
    sources: ['fcg-lehti-39'],
  },
  {
    periodId: 'uso-4',
    planned: [
      {
        kind: 'national-seminar',
        count: 4,
        per: 'year',
        statedAs: 'theme and peer seminars 4×/year',
        sources: ['kuntaliitto-2017-uso4'],
      },
    ],
    workshopQuota: {
      count: 3,
      per: 'year',
      statedAs: 'municipal development plan and workshops 3×/year',
      sources: ['kuntaliitto-2017-uso4'],
    },
    sources: ['kuntaliitto-2017-uso4'],
  },
  {
    periodId: 'uso-5',
    planned: [
      {
        kind: 'national-seminar',
        count: 8,
        per: 'period',
        statedAs: '8 national events',
        sources: ['fcg-uso-en'],
      },
    ],
    workshopQuota: {
      count: 5,
      per: 'period',
      statedAs: '5 municipality-specific workshops',
      sources: ['fcg-uso-en'],
    },
    sources: ['fcg-uso-en'],
  },
  {
    periodId: 'uso-6',
    planned: [
      {
        kind: 'national-seminar',
        count: 6,
        per: 'period',
        statedAs: '6 seminars',
        sources: ['kuntaliitto-2021-uso6'],
      },
      {
        kind: 'elected-officials-training',
        count: 2,
        per: 'period',
        statedAs: '2 coaching/peer events for elected officials',
        sources: ['kuntaliitto-2021-uso6'],
      },
      {
        // "a joint foresight process": one.
        kind: 'foresight-process',
        count: 1,
        per: 'period',
        statedAs: 'joint foresight process in spring 2021',
        sources: ['kuntaliitto-2021-uso6'],
      },
    ],
    workshopQuota: {
      count: 5,
      per: 'period',
      statedAs: '5 municipal development workshops',
      sources: ['kuntaliitto-2021-uso6'],
    },
    sources: ['kuntaliitto-2021-uso6'],
  },
  {
    periodId: 'uso-7',
    planned: [
      {
        kind: 'national-seminar',
        count: 4,
        per: 'period',
        statedAs: '4 seminars',
        sources: ['kuntaliitto-uso-page'],
      },
      {
        kind: 'work-seminar',
        count: 4,
        per: 'period',
        statedAs: '4 work seminars for developers/contact persons',
        sources: ['kuntaliitto-uso-page'],
      },
      {
        kind: 'contact-person-meeting',
        per: 'period',
        statedAs: 'regular contact-person meetings',
        sources: ['kuntaliitto-uso-page'],
      },
    ],
    sources: ['kuntaliitto-uso-page'],
  },
];
