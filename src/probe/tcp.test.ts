// The TCP prober against a real kernel: a listener, a closed port, nft drop and reject, no route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, SERVER, waitForListener } from '../../test/lab/lab.js';

describe('tcp prober', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = createLab();
    lab.start(lab.server, process.execPath, [
      '-e',
      `require('node:net').createServer((s) => s.end()).listen(7000, '${SERVER}')`,
    ]);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          tcp dport 7001 drop
          tcp dport 7002 reject with icmpx type host-unreachable
          tcp dport 7003 reject with icmpx type admin-prohibited
        }
      }`,
    );
    await waitForListener(lab, lab.server, 7000);
  });
  afterAll(() => lab?.remove());

  it('tells open, closed, dropped, rejected and unroutable apart, from the real stack', () => {
    const target = (address: string, port: number) => ({
      prober: 'tcp',
      target: { address, port, transport: 'tcp' },
    });
    const results = lab.probe({
      tasks: [
        target(SERVER, 7000),
        target(SERVER, 7999),
        target(SERVER, 7001),
        target(SERVER, 7002),
        target(SERVER, 7003),
        target('198.19.255.1', 7000),
      ],
      timeoutMs: 500,
      retries: 1,
    });
    expect(results.map((r) => [r.outcome, r.evidence.code ?? '', r.attempts])).toEqual([
      ['ok', '', 1],
      ['refused', 'ECONNREFUSED', 1],
      ['filtered', '', 2],
      ['unreachable', 'EHOSTUNREACH', 1],
      ['unreachable', 'EHOSTUNREACH', 1],
      ['unreachable', 'ENETUNREACH', 1],
    ]);
    expect(typeof results[0]?.evidence.latencyMs).toBe('number');
  });
});
