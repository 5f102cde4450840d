// Run the built `portplan` binary as a user would, for end-to-end tests.
import { spawnSync } from 'node:child_process';
import { inject } from 'vitest';
import { CLI, ROOT } from './paths.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `portplan ARGS` from the repo root (the build made by test/global-setup.ts). */
export function portplan(args: string[], options: { cwd?: string; input?: string } = {}): Run {
  const buildError = inject('buildError');
  if (buildError) throw new Error(buildError);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
