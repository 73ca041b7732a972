/** Prints the README's table of issue codes, with an example message for each (`node scripts/issue-table.ts`). */
import { ISSUE_CODES } from '../src/issues.ts';

const EXAMPLE: Record<string, string | number> = {
  expected: 'string',
  received: 'number',
  field: 'colour',
  allowed: 'kehittajakunta, kumppani, tarkkailija',
  value: '2019-02-30',
  supported: 1,
  minimum: 1,
  length: 240,
  maximum: 200,
  id: 'uso-9',
  first: '/periods/0',
  periodId: 'uso-4',
  slug: 'strateginen-johtaminen',
  code: '588',
  parentId: 'uso-5-teema',
  parentPeriodId: 'uso-4',
  cycle: 'a → b → a',
  themePeriodId: 'uso-5',
  origin: 'continued',
  startDate: '2025-01-01',
  endDate: '2024-12-31',
  range: '2019-01-01–2020-12-31',
  otherId: 'uso-4',
  otherRange: '2017-01-01–2018-12-31',
  networkId: 'uso',
  ordinal: 5,
  otherOrdinal: 6,
  date: '2021-03-01',
  joinedOn: '2019-05-01',
  leftOn: '2019-02-01',
  name: 'Pertunmaa',
  validFrom: '2009-01-01',
  validFromFi: '1.1.2009',
  startDateFi: '1.1.2025',
  successorsFi: 'yhdistyi kuntaan Mäntyharju (507) 1.1.2025',
  successorsEn: 'merged into Mäntyharju (507) on 2025-01-01',
  detail: 'Unclosed quoted field (line 4)',
  column: 'municipality_code',
  actual: 'Pori',
};

const rows = Object.entries(ISSUE_CODES).map(([code, d]) => {
  const message = d.message(EXAMPLE);
  return `| \`${code}\` | ${d.severity} | ${d.description.en} | ${message.fi} / ${message.en} |`;
});
console.log(
  ['| code | severity | meaning | example (fi / en) |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  ),
);
