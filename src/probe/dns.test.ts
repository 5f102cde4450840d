// The DNS prober and resolveName against dnsmasq in the lab, over UDP and TCP: answers, rcodes, a
// dropped and a closed port, and a UDP service that is not DNS.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, SERVER, serverAddress, waitForListener } from '../../test/lab/lab.js';
import { startDnsmasq } from '../../test/lab/peers.js';
import { ROOT } from '../../test/paths.js';
import { decodeDnsMessage, encodeDnsQuery } from './dns.js';

const DROPPED = serverAddress(0);
const REJECTED = serverAddress(1);

describe('dns prober', () => {
  let lab: Lab;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync('/tmp/portplan-dns-');
    lab = createLab();
    startDnsmasq(
      lab,
      dir,
      [
        '--port=53',
        '--address=/helios.cohesity.com/198.18.0.20',
        '--address=/helios.cohesity.com/2001:2::20',
        '--address=/rt.cohesity.com/198.18.0.21',
        // An alias (--cname wants a target from --host-record, not --address).
        '--host-record=portal.cohesity.com,198.18.0.22',
        '--cname=support.cohesity.com,portal.cohesity.com',
        // Answered here alone: a name under it that is not listed gets NXDOMAIN, not a forward.
        '--local=/cohesity.com/',
      ],
      [SERVER, DROPPED],
    );
    // Not DNS servers (the "wrong service"): a UDP echo on 5300, a UDP text reply on 5301, a TCP
    // greeting on 5302, and a TCP listener that never says anything on 5303.
    lab.start(lab.server, process.execPath, [
      '-e',
      `const d = require('node:dgram');
       const echo = d.createSocket('udp4'); echo.on('message', (m, r) => echo.send(m, r.port, r.address)); echo.bind(5300, '${SERVER}');
       const text = d.createSocket('udp4'); text.on('message', (m, r) => text.send('hello from a game server\\n', r.port, r.address)); text.bind(5301, '${SERVER}');
       const net = require('node:net');
       net.createServer((s) => s.end('220 not a DNS server\\r\\n')).listen(5302, '${SERVER}');
       net.createServer(() => {}).listen(5303, '${SERVER}');`,
    ]);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          ip daddr ${DROPPED} udp dport 53 drop
          ip daddr ${REJECTED} udp dport 53 reject with icmpx type admin-prohibited
        }
      }`,
    );
    await waitForListener(lab, lab.server, 53);
    await waitForListener(lab, lab.server, 53, true);
    await waitForListener(lab, lab.server, 5301, true);
    await waitForListener(lab, lab.server, 5302);
    await waitForListener(lab, lab.server, 5303);
  });
  afterAll(() => {
    lab?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const task = (address: string, port: number, transport: 'udp' | 'tcp', query?: string) => ({
    prober: 'dns',
    target: { address, port, transport },
    ...(query ? { query } : {}),
  });

  it('gets real answers and rcodes from dnsmasq over UDP and TCP', () => {
    const results = lab.probe({
      tasks: [
        task(SERVER, 53, 'udp', 'helios.cohesity.com'),
        task(SERVER, 53, 'tcp', 'helios.cohesity.com'),
        task(SERVER, 53, 'udp', 'support.cohesity.com'),
        task(SERVER, 53, 'tcp', 'unknown.cohesity.com'),
        task(SERVER, 53, 'udp', 'www.example.org'),
        task(SERVER, 53, 'udp'),
      ],
      timeoutMs: 1000,
      retries: 1,
    });
    expect(results.map((r) => [r.outcome, r.evidence.rcode, r.evidence.answers])).toEqual([
      ['ok', 'NOERROR', ['helios.cohesity.com A 198.18.0.20']],
      ['ok', 'NOERROR', ['helios.cohesity.com A 198.18.0.20']],
      [
        'ok',
        'NOERROR',
        ['support.cohesity.com CNAME portal.cohesity.com', 'portal.cohesity.com A 198.18.0.22'],
      ],
      ['ok', 'NXDOMAIN', []],
      // No upstream to forward to: dnsmasq refuses, and that is still a DNS server answering.
      ['ok', 'REFUSED', []],
      ['ok', 'REFUSED', []],
    ]);
    expect(results[5]?.evidence.query).toBe('.');
    for (const r of results) expect(r.evidence.latencyMs).toBeTypeOf('number');
  });

  it('tells a dropped, a closed, a rejected and a non-DNS port apart', () => {
    const results = lab.probe({
      tasks: [
        task(DROPPED, 53, 'udp', 'helios.cohesity.com'),
        task(SERVER, 5353, 'udp', 'helios.cohesity.com'),
        task(SERVER, 5353, 'tcp', 'helios.cohesity.com'),
        task(SERVER, 5300, 'udp', 'helios.cohesity.com'),
        task(SERVER, 5301, 'udp', 'helios.cohesity.com'),
        task(SERVER, 5302, 'tcp', 'helios.cohesity.com'),
        task(SERVER, 5303, 'tcp', 'helios.cohesity.com'),
        task(REJECTED, 53, 'udp', 'helios.cohesity.com'),
      ],
      timeoutMs: 500,
      retries: 1,
    });
    expect(results.map((r) => [r.outcome, r.evidence.code ?? '', r.attempts])).toEqual([
      ['filtered', '', 2],
      ['refused', 'ECONNREFUSED', 1],
      ['refused', 'ECONNREFUSED', 1],
      ['unexpected-service', '', 1],
      ['unexpected-service', '', 1],
      ['unexpected-service', '', 1],
      // A TCP listener that accepts and says nothing: open, but no DNS server behind it.
      ['unexpected-service', '', 1],
      // A firewall's reject (ICMP administratively prohibited) reaches a connected UDP socket too.
      ['unreachable', 'EHOSTUNREACH', 1],
    ]);
    expect(results[6]?.evidence.detail).toMatch(/no DNS answer came before the timeout/);
    expect(results[3]?.evidence.detail).toMatch(/query came back/);
    expect(results[4]?.evidence.said).toBe('hello from a game server\\x0a');
    // Read as a length prefix, "22" announces 12,850 bytes; the server then closes.
    expect(results[5]?.evidence.said).toBe('220 not a DNS server\\x0d\\x0a');
  });

  it('resolves the plan names through the inventory servers, not the system resolver', () => {
    const out = lab.exec(
      lab.client,
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'test/lab/run-resolve.ts')],
      JSON.stringify([
        { name: 'helios.cohesity.com', servers: [SERVER], transport: 'udp' },
        { name: 'support.cohesity.com', servers: [SERVER], transport: 'tcp' },
        // The first server drops, the second answers: the answer wins without waiting out the first.
        { name: 'rt.cohesity.com', servers: [DROPPED, SERVER], transport: 'udp', timeoutMs: 3000 },
        { name: 'unknown.cohesity.com', servers: [SERVER], transport: 'udp' },
        { name: 'helios.cohesity.com', servers: [DROPPED], transport: 'udp', timeoutMs: 300 },
        { name: 'helios.cohesity.com', servers: [SERVER], transport: 'udp', port: 5300 },
        { name: '198.18.0.99', servers: [SERVER], transport: 'udp' },
      ]),
    );
    const results = JSON.parse(out) as Record<string, unknown>[];
    expect(
      results.map((r) => ('result' in r ? r.result : { addresses: r.addresses, server: r.server })),
    ).toEqual([
      { addresses: ['198.18.0.20', '2001:2::20'], server: SERVER },
      { addresses: ['198.18.0.22'], server: SERVER },
      { addresses: ['198.18.0.21'], server: SERVER },
      {
        outcome: 'dns-failed',
        evidence: {
          query: 'unknown.cohesity.com',
          detail: `${SERVER} says unknown.cohesity.com does not exist (NXDOMAIN)`,
          rcode: 'NXDOMAIN',
          server: SERVER,
          servers: [],
        },
      },
      {
        outcome: 'dns-failed',
        evidence: {
          query: 'helios.cohesity.com',
          detail: 'no DNS server gave an address for helios.cohesity.com',
          servers: [{ server: DROPPED, outcome: 'filtered', detail: 'no answer to the query' }],
        },
      },
      {
        outcome: 'dns-failed',
        evidence: {
          query: 'helios.cohesity.com',
          detail: 'no DNS server gave an address for helios.cohesity.com',
          servers: [
            {
              server: SERVER,
              outcome: 'unexpected-service',
              detail: 'a DNS query came back, not an answer: an echo, not a DNS server',
            },
          ],
        },
      },
      { addresses: ['198.18.0.99'], server: '' },
    ]);
  });
});

describe('dns messages', () => {
  it('decodes compressed names and rejects what is not DNS', () => {
    const query = encodeDnsQuery(7, 'helios.cohesity.com', 'A');
    // An answer built by hand: the query's question, then one A record whose name points at it.
    const answer = Buffer.concat([
      query,
      Buffer.from([0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 198, 18, 0, 20]),
    ]);
    answer.writeUInt16BE(0x8180, 2);
    answer.writeUInt16BE(1, 6);
    expect(decodeDnsMessage(answer)).toEqual({
      id: 7,
      response: true,
      truncated: false,
      rcode: 'NOERROR',
      questions: [{ name: 'helios.cohesity.com', type: 'A' }],
      answers: [{ name: 'helios.cohesity.com', type: 'A', ttl: 60, data: '198.18.0.20' }],
    });
    const loop = Buffer.from(query);
    loop[12] = 0xc0;
    loop[13] = 12;
    expect(() => decodeDnsMessage(loop)).toThrow(/loop/);
    expect(() => decodeDnsMessage(Buffer.from('hello'))).toThrow(/shorter than a DNS header/);
  });
});
