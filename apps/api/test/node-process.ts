import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '@verkosto/vitest-config/ports';

export interface NodeServer {
  base: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** The built entry (dist/node.js) on a free port, once /healthz answers. */
export async function startNodeServer(env: Record<string, string>): Promise<NodeServer> {
  const port = await freePort();
  const entry = fileURLToPath(new URL('../dist/node.js', import.meta.url));
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  let healthy = false;
  for (let i = 0; i < 200 && !healthy && child.exitCode === null; i++) {
    healthy = (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200;
    if (!healthy) await new Promise((r) => setTimeout(r, 50));
  }
  if (!healthy) {
    child.kill('SIGKILL');
    throw new Error(`The server did not start:\n${output}`);
  }
  return {
    base,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
