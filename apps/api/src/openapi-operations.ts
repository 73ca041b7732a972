/**
 * What the OpenAPI document says about every operation beyond its route definition: its
 * `operationId` (the name clients and the reference use for it) and, for operations that need no
 * credentials, an explicit `security: []`. Kept in one table so the names read as one vocabulary
 * (list/get/create/update/delete + the resource); test/openapi.test.ts fails when an operation has
 * no name or the table names one that no longer exists.
 */
export const OPERATION_IDS: Readonly<Record<string, string>> = {
  'GET /v1/networks': 'listNetworks',
  'POST /v1/networks': 'createNetwork',
  'GET /v1/networks/{networkId}': 'getNetwork',
  'PATCH /v1/networks/{networkId}': 'updateNetwork',
  'DELETE /v1/networks/{networkId}': 'deleteNetwork',
  'GET /v1/networks/{networkId}/periods': 'listPeriods',
  'POST /v1/networks/{networkId}/periods': 'createPeriod',
  'GET /v1/networks/{networkId}/insights': 'getNetworkInsights',
  'GET /v1/periods/{periodId}': 'getPeriod',
  'PATCH /v1/periods/{periodId}': 'updatePeriod',
  'DELETE /v1/periods/{periodId}': 'deletePeriod',
  'POST /v1/periods/{periodId}/restore': 'restorePeriod',
  'GET /v1/periods/{periodId}/themes': 'listThemes',
  'POST /v1/periods/{periodId}/themes': 'createTheme',
  'GET /v1/periods/{periodId}/participants': 'listParticipants',
  'POST /v1/periods/{periodId}/participants': 'addParticipant',
  'GET /v1/periods/{periodId}/participants/{code}': 'getParticipant',
  'PATCH /v1/periods/{periodId}/participants/{code}': 'updateParticipant',
  'DELETE /v1/periods/{periodId}/participants/{code}': 'removeParticipant',
  'GET /v1/periods/{periodId}/comparison': 'getPeriodComparison',
  'GET /v1/periods/{periodId}/activities': 'listActivities',
  'POST /v1/periods/{periodId}/activities': 'createActivity',
  'GET /v1/periods/{periodId}/activities.ics': 'getActivitiesCalendar',
  'GET /v1/periods/{periodId}/programme': 'getProgramme',
  'PUT /v1/periods/{periodId}/programme': 'setProgramme',
  'DELETE /v1/periods/{periodId}/programme': 'deleteProgramme',
  'GET /v1/activities/{activityId}': 'getActivity',
  'PATCH /v1/activities/{activityId}': 'updateActivity',
  'DELETE /v1/activities/{activityId}': 'deleteActivity',
  'GET /v1/themes/{themeId}': 'getTheme',
  'PATCH /v1/themes/{themeId}': 'updateTheme',
  'DELETE /v1/themes/{themeId}': 'deleteTheme',
  'POST /v1/themes/{themeId}/restore': 'restoreTheme',
  'GET /v1/municipalities': 'listMunicipalities',
  'GET /v1/municipalities/{code}': 'getMunicipality',
  'GET /v1/municipalities/{code}/figures': 'getMunicipalityFigures',
  'GET /v1/municipalities/{code}/comparables': 'listComparables',
  'GET /v1/regions': 'listRegions',
  'GET /v1/indicators': 'listIndicators',
  'GET /v1/sources': 'listSources',
  'GET /v1/sources/{sourceId}': 'getSource',
  'GET /v1/export': 'exportDataset',
  'POST /v1/import': 'importData',
  'GET /healthz': 'getHealth',
  'POST /v1/auth/login': 'signIn',
  'POST /v1/auth/logout': 'signOut',
  'GET /v1/auth/me': 'getCurrentPrincipal',
  'POST /v1/auth/password': 'changeOwnPassword',
  'GET /v1/tokens': 'listTokens',
  'POST /v1/tokens': 'createToken',
  'DELETE /v1/tokens/{tokenId}': 'revokeToken',
  'GET /v1/users': 'listUsers',
  'POST /v1/users': 'createUser',
  'PATCH /v1/users/{userId}': 'updateUser',
  'GET /v1/audit': 'listAuditEntries',
};

type Operation = { operationId?: string; security?: unknown[] } & Record<string, unknown>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * The document's operations with their names from OPERATION_IDS (a route that names itself keeps
 * its name) and `security: []` where the route declares none: every write declares its schemes,
 * so an operation without any is open to all (reads, sign-in, sign-out).
 */
export function completeOperations<T extends object>(paths: T): T {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(paths as Record<string, Record<string, unknown>>)) {
    out[path] = Object.fromEntries(
      Object.entries(item).map(([method, value]) => {
        if (!METHODS.has(method)) return [method, value];
        const op = value as Operation;
        const operationId = op.operationId ?? OPERATION_IDS[`${method.toUpperCase()} ${path}`];
        return [
          method,
          { ...(operationId && { operationId }), ...op, security: op.security ?? [] },
        ];
      }),
    );
  }
  return out as T;
}
