// The chronyc prober against chronyd's command port in the lab: a tracking report, a chronyd that
// does not let this host in, a closed port, and a UDP service that is not chrony.
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChronyd } from '../../test/lab/chrony.js';
import { createLab, type Lab, SERVER, serverAddress, waitForListener } from '../../test/lab/lab.js';
import { encodeTrackingRequest } from './chronyc.js';

const NOT_ALLOWED = serverAddress(1);

describe('chronyc prober', () => {
  let lab: Lab;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync('/tmp/portplan-chronyc-');
    lab = createLab();
    startChronyd(lab, dir, 'monitored', { address: SERVER, localStratum: 8, cmdallow: '198.18.0.0/15' });
    // Commands only from a network the client is not on: chronyd ignores the client.
    startChronyd(lab, dir, 'private', { address: NOT_ALLOWED, localStratum: 8, cmdallow: '10.0.0.0/8' });
    lab.start(lab.server, process.execPath, [
      '-e',
      `const s = require('node:dgram').createSocket('udp4');
       s.on('message', (m, r) => s.send(m, r.port, r.address)); s.bind(5300, '${SERVER}');`,
    ]);
    await waitForListener(lab, lab.server, 323, true);
    await waitForListener(lab, lab.server, 5300, true);
  });
  afterAll(() => {
    lab?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const task = (address: string, port = 323) => ({
    prober: 'chronyc',
    target: { address, port, transport: 'udp' },
  });

  it('gets a tracking report from chronyd, and tells silence, a closed port and an echo apart', () => {
    const results = lab.probe({
      tasks: [task(SERVER), task(NOT_ALLOWED), task(SERVER, 324), task(SERVER, 5300)],
      timeoutMs: 500,
      retries: 1,
    });
    expect(results.map((r) => [r.outcome, r.evidence.code ?? '', r.attempts])).toEqual([
      ['ok', '', 1],
      ['open|filtered', '', 2],
      ['refused', 'ECONNREFUSED', 1],
      ['unexpected-service', '', 1],
    ]);
    // What `chronyc tracking` shows for a local reference: 7F7F0101, stratum 8.
    expect(results[0]?.evidence).toMatchObject({
      status: 'success',
      version: 6,
      stratum: 8,
      refId: '7F7F0101',
      leap: 'normal',
    });
    expect(results[3]?.evidence.detail).toMatch(/came back/);
  });
});

describe('chrony command packets', () => {
  it('pads REQ_TRACKING to the length of its reply, as chronyd requires', () => {
    const packet = encodeTrackingRequest(0x01020304);
    expect(packet.length).toBe(104);
    expect([...packet.subarray(0, 12)]).toEqual([6, 1, 0, 0, 0, 33, 0, 0, 1, 2, 3, 4]);
  });
});
