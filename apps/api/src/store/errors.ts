import type { ValidationIssue } from '@verkosto/validation';

/**
 * What the store refuses, in the domain's words. The store never speaks HTTP: the app's error
 * handler (app.ts) turns each of these into its problem, in one place.
 */
export class StoreError extends Error {}

/** No such item (or nothing deleted to restore). */
export class NotFoundError extends StoreError {
  override name = 'NotFoundError';
}

/** It already exists, other data depends on it, or it refers to something missing. */
export class ConflictError extends StoreError {
  override name = 'ConflictError';
}

/** The caller's version is not the current one: someone else wrote first. */
export class StaleError extends StoreError {
  override name = 'StaleError';
  readonly currentVersion: number;
  constructor(message: string, currentVersion: number) {
    super(message);
    this.currentVersion = currentVersion;
  }
}

/** The change would make the data invalid; `issues` says how. */
export class InvalidError extends StoreError {
  override name = 'InvalidError';
  readonly issues: ValidationIssue[];
  constructor(message: string, issues: ValidationIssue[]) {
    super(message);
    this.issues = issues;
  }
}
