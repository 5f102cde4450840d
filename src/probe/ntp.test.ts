// The NTP prober against chronyd in the lab: a synchronised and an unsynchronised server, a dropped
// and a closed port, and a UDP service that is not NTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChronyd } from '../../test/lab/chrony.js';
import {
  createLab,
  type Lab,
  type ProbeRow,
  SERVER,
  serverAddress,
  waitForListener,
} from '../../test/lab/lab.js';
import { ROOT } from '../../test/paths.js';
import { encodeNtpRequest, readNtpReply } from './ntp.js';

const DROPPED = serverAddress(0);
const UNSYNCHRONISED = serverAddress(1);

describe('ntp prober', () => {
  let lab: Lab;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync('/tmp/portplan-ntp-');
    lab = createLab();
    startChronyd(lab, dir, 'synced', { address: SERVER, localStratum: 8 });
    startChronyd(lab, dir, 'unsynced', { address: UNSYNCHRONISED });
    // Not an NTP server: a UDP echo on 5300.
    lab.start(lab.server, process.execPath, [
      '-e',
      `const s = require('node:dgram').createSocket('udp4');
       s.on('message', (m, r) => s.send(m, r.port, r.address)); s.bind(5300, '${SERVER}');`,
    ]);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          ip daddr ${DROPPED} udp dport 123 drop
        }
      }`,
    );
    await waitForListener(lab, lab.server, 123, true);
    await waitForListener(lab, lab.server, 5300, true);
  });
  afterAll(() => {
    lab?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const task = (address: string, port = 123) => ({
    prober: 'ntp',
    target: { address, port, transport: 'udp' },
  });

  it('reads stratum, offset and round trip from chronyd, and warns when it is not synchronised', () => {
    const results = lab.probe({
      tasks: [task(SERVER), task(UNSYNCHRONISED)],
      timeoutMs: 1000,
      retries: 1,
    });
    const [synced, unsynced] = results;
    expect(synced?.outcome).toBe('ok');
    expect(synced?.evidence).toMatchObject({
      stratum: 8,
      leap: 'no warning',
      version: 4,
      refId: '127.127.1.1',
    });
    expect(synced?.evidence.warning).toBeUndefined();
    // One clock on both ends of the veth: the offset is the measurement's noise.
    expect(Math.abs(synced?.evidence.offsetMs as number)).toBeLessThan(50);
    expect(synced?.evidence.roundTripMs).toBeGreaterThanOrEqual(0);
    expect(synced?.evidence.roundTripMs).toBeLessThan(100);
    expect(unsynced?.outcome).toBe('ok');
    expect(unsynced?.evidence).toMatchObject({ leap: 'unsynchronised' });
    expect(unsynced?.evidence.warning).toMatch(/not synchronised/);
  });

  it('warns of a clock offset, measured against chronyd from a client whose clock runs 5 s ahead', () => {
    // faketime shifts only the probing process's clock: neither the host's nor chronyd's is touched.
    const out = lab.exec(
      lab.client,
      'faketime',
      [
        '-f',
        '+5s',
        process.execPath,
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        join(ROOT, 'test/lab/run-probes.ts'),
      ],
      JSON.stringify({ tasks: [task(SERVER)], timeoutMs: 1000, retries: 1 }),
    );
    const [skewed] = JSON.parse(out) as ProbeRow[];
    expect(skewed?.outcome).toBe('ok');
    expect(skewed?.evidence.offsetMs).toBeGreaterThan(-5100);
    expect(skewed?.evidence.offsetMs).toBeLessThan(-4900);
    expect(skewed?.evidence.warning).toBe('clock offset -5.0 s between this host and the server');
  });

  it('tells a dropped, a closed and a non-NTP port apart', () => {
    const results = lab.probe({
      tasks: [task(DROPPED), task(SERVER, 124), task(SERVER, 5300)],
      timeoutMs: 500,
      retries: 1,
    });
    expect(results.map((r) => [r.outcome, r.evidence.code ?? '', r.attempts])).toEqual([
      ['open|filtered', '', 2],
      ['refused', 'ECONNREFUSED', 1],
      ['unexpected-service', '', 1],
    ]);
    expect(results[2]?.evidence.detail).toMatch(/our request came back/);
  });
});

describe('ntp packets', () => {
  // 2036-02-07T06:28:16Z: the first NTP era's 32-bit seconds wrap to 0 (RFC 5905 §6).
  const WRAP = Date.UTC(2036, 1, 7, 6, 28, 16);

  it('sends a 48-octet SNTP v4 client request carrying the time it was sent, across an era', () => {
    const packet = encodeNtpRequest(WRAP + 500);
    expect(packet.length).toBe(48);
    expect(packet[0]).toBe(0x23);
    expect(packet.readUInt32BE(40)).toBe(0);
    expect(packet.readUInt32BE(44)).toBeGreaterThan(0x7fff_0000);
  });

  /** A server's reply to `request`: received at `t2`, sent at `t3` (Unix ms), as RFC 5905 §7.3 lays out. */
  function reply(request: Buffer, t2: number, t3: number, stratum = 2, refId = [10, 0, 0, 1]): Buffer {
    const packet = Buffer.alloc(48);
    packet[0] = 0x24; // LI 0, VN 4, mode 4
    packet[1] = stratum;
    Buffer.from(refId).copy(packet, 12);
    request.copy(packet, 24, 40, 48);
    packet.set(encodeNtpRequest(t2).subarray(40, 46), 32);
    packet.set(encodeNtpRequest(t3).subarray(40, 46), 40);
    return packet;
  }

  it('computes offset and delay across the era wrap, and warns when the clocks are apart', () => {
    const t1 = WRAP - 1000;
    const request = encodeNtpRequest(t1);
    // The server's clock is 5 s ahead; 10 ms each way, 2 ms inside the server.
    const result = readNtpReply(request, reply(request, t1 + 5010, t1 + 5012), t1, t1 + 22);
    expect(result.outcome).toBe('ok');
    expect(result.evidence.offsetMs).toBeCloseTo(5000, 0);
    expect(result.evidence.roundTripMs).toBeCloseTo(20, 0);
    expect(result.evidence.refId).toBe('10.0.0.1');
    expect(result.evidence.warning).toBe('clock offset 5.0 s between this host and the server');
  });

  it('reports a kiss-of-death as evidence, and a reply to another request as unexpected', () => {
    const t1 = Date.now();
    const request = encodeNtpRequest(t1);
    const kiss = readNtpReply(request, reply(request, 0, 0, 0, [...Buffer.from('DENY')]), t1, t1 + 1);
    expect(kiss).toMatchObject({ outcome: 'ok', evidence: { stratum: 0, kiss: 'DENY' } });
    expect(kiss.evidence.warning).toMatch(/kiss-of-death \(DENY\)/);
    const other = readNtpReply(encodeNtpRequest(t1 + 1), reply(request, t1, t1), t1, t1 + 1);
    expect(other).toMatchObject({ outcome: 'unexpected-service', evidence: { bytes: 48 } });
    expect(other.evidence.detail).toMatch(/origin timestamp/);
  });
});
