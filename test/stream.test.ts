// Output as a stream: a plan piped to a reader that is behind is made as fast as it is read, not held whole.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { generateInventory } from '../bench/generate.js';
import { CLI, ROOT } from './paths.js';

const dir = mkdtempSync(join(tmpdir(), 'portplan-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Preloaded into the CLI: prints its peak resident set size (KiB) on stderr at exit. */
const RSS = join(ROOT, 'bench/rss.cjs');
const peakMiB = (stderr: string) => Number(/portplan-bench-maxrss (\d+)/.exec(stderr)?.[1]) / 1024;

describe('plan --format json to a pipe', () => {
  it('costs no more memory than writing a file, however far behind the reader is', async () => {
    const buildError = inject('buildError');
    if (buildError) throw new Error(buildError);
    // 8,000 hosts: 20 MB of JSON. Queued whole in the pipe's write buffer, it cost 100 MB more.
    const inventory = join(dir, 'inventory.yaml');
    writeFileSync(inventory, generateInventory({ hosts: 8000 }));
    const file = join(dir, 'plan.json');
    const args = ['--require', RSS, CLI, 'plan', inventory, '--format', 'json'];
    const toFile = spawnSync(process.execPath, [...args, '-o', file], { cwd: ROOT, encoding: 'utf8' });
    expect(toFile.status).toBe(0);

    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    const closed = once(child, 'close');
    // The reader is busy at first: the plan is made meanwhile, and the pipe fills.
    await sleep(500);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const [code] = await closed;
    expect(code).toBe(0);
    const piped = Buffer.concat(chunks);
    expect(piped.equals(readFileSync(file))).toBe(true);
    expect(piped.length).toBeGreaterThan(15 * 1024 * 1024);
    expect(peakMiB(stderr)).toBeLessThan(peakMiB(toFile.stderr) + 40);
  }, 30_000);
});
