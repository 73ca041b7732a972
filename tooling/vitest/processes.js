// Plain JS, like index.js: tests, end-to-end suites and benches load it without a build step.

/** @type {import('./processes.d.ts').stopGroup} */
export function stopGroup(child) {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    // The negative pid: the whole group the child leads (it was spawned with `detached: true`).
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
