import { activitiesRule } from './activities.ts';
import { businessIdRule } from './business-id.ts';
import { municipalitiesRule } from './municipalities.ts';
import { periodsRule } from './periods.ts';
import { referencesRule } from './references.ts';
import type { DatasetRule } from './rule.ts';
import { textRule } from './text.ts';
import { themeOriginRule } from './theme-origin.ts';
import { uniquenessRule } from './uniqueness.ts';

/** Every dataset rule, in the order their issues are reported. */
export const DATASET_RULES: readonly DatasetRule[] = [
  uniquenessRule,
  referencesRule,
  themeOriginRule,
  periodsRule,
  municipalitiesRule,
  activitiesRule,
  businessIdRule,
  textRule,
];

export {
  activityIssues,
  checkPeriodActivities,
  type PeriodActivitiesScope,
  programmeIssues,
} from './activities.ts';
export { checkMembershipDates } from './municipalities.ts';
export { periodDateIssues } from './periods.ts';
export { provenanceIssues } from './provenance.ts';
export { buildIndex, type DatasetIndex, type DatasetRule, type RuleContext } from './rule.ts';
export { themeOriginIssues } from './theme-origin.ts';
