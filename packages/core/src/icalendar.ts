import {
  ACTIVITY_KIND_NAMES,
  type Activity,
  compareActivities,
  isAllDay,
  isKnownActivityKind,
  nextDay,
} from './activity.ts';
import { type Language, type LocalizedText, localize } from './text.ts';

/** The zone every activity time is in. */
export const ACTIVITY_TIME_ZONE = 'Europe/Helsinki';

export interface CalendarOptions {
  /** The calendar's name, as a subscribing app shows it (`USO 5`). */
  name: string;
  /** When the feed is made: every event's DTSTAMP. Passed in, so the function stays pure. */
  now: Date;
  /** The domain part of every UID (`activity-id@domain`); keep it stable, so apps update events rather than duplicate them. */
  uidDomain: string;
  /** The language of titles and descriptions (falling back to Finnish). Default `fi`. */
  language?: Language;
  /** The name of a member municipality by code, to add to a workshop's title. */
  municipalityName?: (code: string) => string | undefined;
}

/**
 * Helsinki's zone since 1996 (EU summer time: the last Sunday of March at 03:00 local time to
 * the last Sunday of October at 04:00), so that apps without a zone database read the times
 * right. Activities before 1996 are not expected.
 */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ACTIVITY_TIME_ZONE}`,
  `X-LIC-LOCATION:${ACTIVITY_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19960331T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19961027T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line (RFC 5545 3.1): no line longer than 75 octets of UTF-8, each continuation
 * starting with one space; a character is never split between lines.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line's leading space is one of its 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20190305T100000` from `2019-03-05T10:00`; `20190305` from `2019-03-05`. */
function basicForm(time: string): string {
  return isAllDay(time) ? time.replaceAll('-', '') : `${time.replaceAll(/[-:]/g, '')}00`;
}

/** A UTC moment as `20190305T080000Z`. */
function utcStamp(moment: Date): string {
  return `${moment.toISOString().slice(0, 19).replaceAll(/[-:]/g, '')}Z`;
}

function eventLines(activity: Activity, options: CalendarOptions, stamp: string): string[] {
  const language = options.language ?? 'fi';
  const text = (value: LocalizedText) => escapeText(localize(value, language));
  const kindName = isKnownActivityKind(activity.kind)
    ? localize(ACTIVITY_KIND_NAMES[activity.kind], language)
    : activity.kind;
  const municipality =
    activity.municipalityCode &&
    (options.municipalityName?.(activity.municipalityCode) ?? activity.municipalityCode);
  const summary = municipality
    ? `${localize(activity.title, language)} (${municipality})`
    : localize(activity.title, language);
  const lines = ['BEGIN:VEVENT', `UID:${activity.id}@${options.uidDomain}`, `DTSTAMP:${stamp}`];
  if (isAllDay(activity.start)) {
    // A whole-day DTEND is the day after the last (RFC 5545 3.6.1).
    lines.push(
      `DTSTART;VALUE=DATE:${basicForm(activity.start)}`,
      `DTEND;VALUE=DATE:${basicForm(nextDay(activity.end))}`,
    );
  } else {
    lines.push(
      `DTSTART;TZID=${ACTIVITY_TIME_ZONE}:${basicForm(activity.start)}`,
      `DTEND;TZID=${ACTIVITY_TIME_ZONE}:${basicForm(activity.end)}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(summary)}`);
  if (activity.description) lines.push(`DESCRIPTION:${text(activity.description)}`);
  lines.push(`CATEGORIES:${escapeText(kindName)}`);
  lines.push(`STATUS:${activity.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/**
 * Activities as an iCalendar feed (RFC 5545) that calendar apps, Outlook among them, can
 * subscribe to: CRLF line ends, lines folded at 75 octets, text escaped, a stable UID per
 * activity, Helsinki's VTIMEZONE for times of day and DATE values for whole days. Cancelled
 * activities stay in the feed with STATUS:CANCELLED, so subscribers see them called off.
 */
export function activitiesToICalendar(
  activities: readonly Activity[],
  options: CalendarOptions,
): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Verkosto//Activities//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.name)}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${ACTIVITY_TIME_ZONE}`,
    // How often subscribers should refresh (RFC 7986; the X- form for Outlook).
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...HELSINKI_VTIMEZONE,
  ];
  for (const activity of [...activities].sort(compareActivities))
    lines.push(...eventLines(activity, options, stamp));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
