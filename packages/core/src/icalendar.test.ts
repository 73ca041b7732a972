import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Activity } from './activity.ts';
import { activitiesToICalendar, escapeText, foldLine } from './icalendar.ts';

const activity = (
  fields: Partial<Activity> & Pick<Activity, 'id' | 'start' | 'end'>,
): Activity => ({
  periodId: 'uso-5',
  kind: 'national-seminar',
  status: 'planned',
  title: { fi: 'Seminaari', sv: 'Seminarium', en: 'Seminar' },
  themeIds: [],
  sources: [],
  ...fields,
});

const now = new Date('2026-11-27T10:15:30.123Z');
const options = { name: 'USO 5', now, uidDomain: 'verkosto.example' };

const ACTIVITIES: Activity[] = [
  activity({
    id: 'kevatseminaari',
    start: '2019-03-05T10:00',
    end: '2019-03-05T16:00',
    title: { fi: 'Kevätseminaari: strategia, talous; ennakointi', en: 'Spring seminar' },
    description: {
      fi: 'Rivi yksi.\nRivi kaksi, jossa on pilkku; puolipiste ja kenoviiva \\ sekä ääkkösiä: äöå ÄÖÅ. '.repeat(
        4,
      ),
    },
  }),
  activity({ id: 'kesaseminaari', start: '2019-06-05T10:00', end: '2019-06-05T16:00' }),
  activity({
    id: 'tyopaja-pori',
    kind: 'municipal-workshop',
    municipalityCode: '609',
    start: '2019-09-10',
    end: '2019-09-11',
    status: 'held',
  }),
  activity({
    id: 'peruttu',
    start: '2019-10-27T03:30',
    end: '2019-10-27T05:00',
    status: 'cancelled',
  }),
  activity({ id: 'oma-laji', kind: 'change-clinic', start: '2020-01-15', end: '2020-01-15' }),
];

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

const eventsOf = (calendar: ICAL.Component) =>
  calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

describe('activitiesToICalendar', () => {
  const text = activitiesToICalendar(ACTIVITIES, {
    ...options,
    municipalityName: (code) => (code === '609' ? 'Pori' : undefined),
  });

  it('ends every line with CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The long description really was folded.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('parses with ical.js: one event per activity, with stable UIDs and one DTSTAMP', () => {
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('USO 5');
    const events = eventsOf(calendar);
    expect(events.map((e) => e.uid)).toEqual([
      'kevatseminaari@verkosto.example',
      'kesaseminaari@verkosto.example',
      'tyopaja-pori@verkosto.example',
      'peruttu@verkosto.example',
      'oma-laji@verkosto.example',
    ]);
    for (const event of events)
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
        '2026-11-27T10:15:30Z',
      );
  });

  it('gives text back exactly as written, after escaping and folding', () => {
    const [spring] = eventsOf(parse(text));
    expect(spring!.summary).toBe(ACTIVITIES[0]!.title.fi);
    expect(spring!.description).toBe(ACTIVITIES[0]!.description!.fi);
  });

  it('puts times in Helsinki: UTC+2 in winter, UTC+3 in summer', () => {
    const events = eventsOf(parse(text));
    const utc = (event: ICAL.Event, which: 'startDate' | 'endDate') =>
      event[which].toJSDate().toISOString();
    expect(utc(events[0]!, 'startDate')).toBe('2019-03-05T08:00:00.000Z');
    expect(utc(events[0]!, 'endDate')).toBe('2019-03-05T14:00:00.000Z');
    expect(utc(events[1]!, 'startDate')).toBe('2019-06-05T07:00:00.000Z');
    // The night summer time ends: 03:30 is still summer time (04:00 EEST → 03:00 EET).
    expect(events[3]!.startDate.zone?.tzid).toBe('Europe/Helsinki');
    expect(utc(events[3]!, 'endDate')).toBe('2019-10-27T03:00:00.000Z');
  });

  it('agrees with the platform’s zone database on every hour of a year', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const offset = new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Helsinki',
      timeZoneName: 'longOffset',
    });
    for (let hour = 0; hour < 366 * 24; hour += 7) {
      const moment = new Date(Date.UTC(2024, 0, 1) + hour * 3_600_000);
      const time = ICAL.Time.fromJSDate(moment, true);
      const expected = offset.formatToParts(moment).find((p) => p.type === 'timeZoneName')!.value;
      const seconds = zone.utcOffset(time);
      expect(`GMT+0${seconds / 3600}:00`, moment.toISOString()).toBe(expected);
    }
  });

  it('writes whole days as DATE values ending the day after the last day', () => {
    const workshop = eventsOf(parse(text))[2]!;
    expect(workshop.startDate.isDate).toBe(true);
    expect(workshop.startDate.toString()).toBe('2019-09-10');
    expect(workshop.endDate.toString()).toBe('2019-09-12');
    expect(workshop.summary).toBe('Seminaari (Pori)');
    expect(workshop.component.getFirstPropertyValue('categories')).toBe('kuntatyöpaja');
  });

  it('keeps cancelled activities, marked cancelled, and names unknown kinds by their slug', () => {
    const events = eventsOf(parse(text));
    expect(events[3]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(events[4]!.component.getFirstPropertyValue('categories')).toBe('change-clinic');
  });

  it('speaks the language asked for, falling back to Finnish', () => {
    const events = eventsOf(
      parse(activitiesToICalendar(ACTIVITIES, { ...options, language: 'sv' })),
    );
    expect(events.map((e) => e.summary)).toEqual([
      'Kevätseminaari: strategia, talous; ennakointi',
      'Seminarium',
      'Seminarium (609)',
      'Seminarium',
      'Seminarium',
    ]);
  });

  it('is a valid calendar even without activities, and the same for the same input', () => {
    const empty = activitiesToICalendar([], options);
    expect(eventsOf(parse(empty))).toEqual([]);
    expect(parse(empty).getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(activitiesToICalendar([...ACTIVITIES].reverse(), options)).toBe(
      activitiesToICalendar(ACTIVITIES, options),
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and never splits a character', () => {
    expect(foldLine('SUMMARY:lyhyt')).toBe('SUMMARY:lyhyt');
    const long = `DESCRIPTION:${'ä'.repeat(100)}😀${'x'.repeat(80)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
  });
});
