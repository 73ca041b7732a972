import type { ChildProcess } from 'node:child_process';

/**
 * Ends a process spawned with `detached: true` and everything it started: wrangler runs workerd
 * in children of its own, which outlive a signal sent to wrangler alone.
 */
export declare function stopGroup(child: ChildProcess | undefined): void;
