// The scheduler against a real kernel: within the file-descriptor limit, every result once, a deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, SERVER, serverAddress, waitForListener } from '../../test/lab/lab.js';
import { openFileLimit, safeConcurrency } from './scheduler.js';

describe('safeConcurrency', () => {
  it('keeps half the descriptors free, and at least one probe going', () => {
    expect(safeConcurrency(256, 1024)).toBe(256);
    expect(safeConcurrency(256, 100)).toBe(34);
    expect(safeConcurrency(256, 10)).toBe(1);
    expect(openFileLimit()).toBeGreaterThan(0);
  });
});

describe('runProbes in the lab', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = createLab(4);
    lab.start(lab.server, process.execPath, [
      '-e',
      `const net = require('node:net');
       for (const a of ['${SERVER}', '${serverAddress(0)}', '${serverAddress(1)}', '${serverAddress(2)}'])
         for (let p = 7100; p < 7150; p++) net.createServer((s) => s.end()).listen(p, a);`,
    ]);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          tcp dport 7200 drop
        }
      }`,
    );
    await waitForListener(lab, lab.server, 7149);
  });
  afterAll(() => lab?.remove());

  it('runs 200 probes under `ulimit -n 48` without EMFILE, each result once and in order', () => {
    const tasks = [SERVER, serverAddress(0), serverAddress(1), serverAddress(2)].flatMap((address) =>
      Array.from({ length: 50 }, (_, i) => ({
        prober: 'tcp',
        target: { address, port: 7100 + i, transport: 'tcp' },
      })),
    );
    const results = lab.probe({ tasks, timeoutMs: 2000, retries: 0, concurrency: 256 }, 48);
    expect(results).toHaveLength(200);
    expect(results.map((r) => `${r.address}:${r.port}`)).toEqual(
      tasks.map((t) => `${t.target.address}:${t.target.port}`),
    );
    expect(results.filter((r) => r.outcome !== 'ok')).toEqual([]);
  });

  it('learns the round trip from answered connections, and calls silence filtered long before --timeout', () => {
    const answered = Array.from({ length: 40 }, (_, i) => ({
      prober: 'tcp',
      target: { address: SERVER, port: 7100 + i, transport: 'tcp' },
    }));
    const silent = Array.from({ length: 4 }, () => ({
      prober: 'tcp',
      target: { address: SERVER, port: 7200, transport: 'tcp' },
    }));
    const started = Date.now();
    // One at a time, so the answered ones are learnt before the silent ones start.
    const results = lab.probe({
      tasks: [...answered, ...silent],
      timeoutMs: 10_000,
      retries: 1,
      concurrency: 1,
    });
    const elapsed = Date.now() - started;
    expect(results.slice(40).map((r) => [r.outcome, r.attempts])).toEqual(Array(4).fill(['filtered', 2]));
    // 8 silent attempts at the 10 s timeout would take 80 s; at the learnt wait, well under 10.
    expect(elapsed).toBeLessThan(10_000);
  });

  it('stops at the deadline: probes in flight and the rest are skipped with why, never called filtered', () => {
    const tasks = Array.from({ length: 6 }, () => ({
      prober: 'tcp',
      target: { address: SERVER, port: 7200, transport: 'tcp' },
    }));
    const started = Date.now();
    const results = lab.probe({ tasks, timeoutMs: 5000, retries: 3, concurrency: 2, deadlineMs: 400 });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(results.slice(0, 2).map((r) => [r.outcome, r.evidence.detail])).toEqual(
      Array(2).fill(['skipped', 'the deadline passed while this probe waited for an answer']),
    );
    expect(results.slice(2).map((r) => [r.outcome, r.evidence.detail])).toEqual(
      Array(4).fill(['skipped', 'the deadline passed before this probe could run']),
    );
  });
});
