// The portmapper prober against Debian's rpcbind, before and after nfs-ganesha registers NFS with it,
// behind TCP wrappers, and against nginx, a UDP echo and the kernel's drop and reject.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLab,
  type Lab,
  type ProbeRow,
  SERVER,
  SERVER6,
  serverAddress,
  waitForListener,
} from '../../test/lab/lab.js';
import { peerDir, startNginx } from '../../test/lab/peers.js';
import { startNfsServer, startRpcbind } from '../../test/lab/rpc.js';
import { answerAsStandIn, encodeCall, frameRecord, parseReply, readRecord } from './_rpc.js';
import { decodeMappings } from './portmapper.js';

const DROPPED = serverAddress(1);
const REJECTED = serverAddress(2);

const task = (address: string, port: number, transport: 'tcp' | 'udp') => ({
  prober: 'portmapper',
  target: { address, port, transport },
});

describe('portmapper prober', () => {
  let lab: Lab;
  let hardened: Lab;
  let rpcbind: number;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab();
    rpcbind = await startRpcbind(lab, temp.dir);
    await startNginx(lab, temp.dir, [8111]);
    lab.start(lab.server, process.execPath, [
      '-e',
      `const s = require('node:dgram').createSocket('udp4');
       s.on('message', (m, r) => s.send(m, r.port, r.address)); s.bind(5111, '${SERVER}');`,
    ]);
    await waitForListener(lab, lab.server, 5111, true);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          ip daddr ${DROPPED} meta l4proto { tcp, udp } th dport 111 drop
          ip daddr ${REJECTED} tcp dport 111 reject with tcp reset
          ip daddr ${REJECTED} udp dport 111 reject
        }
      }`,
    );
    hardened = createLab();
    await startRpcbind(hardened, temp.dir, { denyAll: true });
  });
  afterAll(() => {
    lab?.remove();
    hardened?.remove();
    temp.cleanup();
  });

  it('finds no NFS in the table of an rpcbind alone, over TCP and UDP, IPv4 and IPv6', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [
        task(SERVER, 111, 'tcp'),
        task(SERVER, 111, 'udp'),
        task(SERVER6, 111, 'tcp'),
        task(SERVER6, 111, 'udp'),
      ],
      timeoutMs: 500,
    });
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(r.outcome).toBe('ok');
      expect(r.evidence).toMatchObject({ status: 'SUCCESS', nfsRegistered: false });
      expect(r.evidence.nfsPort).toBeUndefined();
      // rpcbind registers itself: versions 2 to 4 over TCP and UDP.
      expect(r.evidence.programs).toContainEqual({
        program: 100000,
        name: 'portmapper',
        version: 2,
        protocol: 'tcp',
        port: 111,
      });
    }
  });

  it('finds NFS on 2049 once nfs-ganesha has registered it', async () => {
    await startNfsServer(lab, temp.dir, rpcbind, { versions: [3, 4] });
    const results = lab.probe<ProbeRow>({
      tasks: [task(SERVER, 111, 'tcp'), task(SERVER, 111, 'udp'), task(SERVER, 2049, 'tcp')],
      timeoutMs: 500,
    });
    for (const r of results.slice(0, 2)) {
      expect(r.outcome).toBe('ok');
      expect(r.evidence).toMatchObject({ nfsRegistered: true, nfsPort: 2049, nfsVersions: [3, 4] });
      expect(r.evidence.programs).toContainEqual(
        expect.objectContaining({ program: 100005, name: 'mountd' }),
      );
    }
    // NFS's own port is an RPC server too, but not the portmapper.
    expect([results[2]?.outcome, results[2]?.evidence.status]).toEqual([
      'unexpected-service',
      'PROG_UNAVAIL',
    ]);
  });

  it('says a portmapper behind TCP wrappers answered but would not tell', () => {
    const [tcp, udp] = hardened.probe<ProbeRow>({
      tasks: [task(SERVER, 111, 'tcp'), task(SERVER, 111, 'udp')],
      timeoutMs: 500,
    });
    for (const r of [tcp, udp]) {
      expect(r?.outcome).toBe('ok');
      expect(r?.evidence.status).toBe('AUTH_ERROR: AUTH_TOOWEAK');
      expect(r?.evidence.nfsRegistered).toBeUndefined();
    }
  });

  it('tells a drop, a reject and other services from the portmapper', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [
        task(DROPPED, 111, 'tcp'),
        task(DROPPED, 111, 'udp'),
        task(REJECTED, 111, 'tcp'),
        task(REJECTED, 111, 'udp'),
        task(SERVER, 8111, 'tcp'),
        task(SERVER, 5111, 'udp'),
      ],
      timeoutMs: 500,
      retries: 1,
    });
    expect(results.map((r) => [r.outcome, r.evidence.code ?? '', r.attempts])).toEqual([
      ['filtered', '', 2],
      ['open|filtered', '', 2],
      ['refused', 'ECONNREFUSED', 1],
      ['refused', 'ECONNREFUSED', 1],
      ['unexpected-service', '', 1],
      ['unexpected-service', '', 1],
    ]);
    // nginx answers the binary record as a bad HTTP request.
    expect(results[4]?.evidence).toMatchObject({ detail: 'not an RPC record' });
    expect(results[4]?.evidence.said).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(results[5]?.evidence.detail).toMatch(/came back: an echo/);
  });
});

describe('ONC RPC messages', () => {
  it('encodes a call with AUTH_NONE and frames it as one last fragment', () => {
    const framed = frameRecord(encodeCall(0x01020304, 100000, 2, 4));
    expect(framed.length).toBe(44);
    expect(framed.readUInt32BE(0)).toBe(0x80000028);
    expect([...framed.subarray(4, 28)]).toEqual([
      1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1, 0x86, 0xa0, 0, 0, 0, 2, 0, 0, 0, 4,
    ]);
  });

  it('joins fragments into a record, and refuses a header no RPC record has', () => {
    const first = Buffer.from([0, 0, 0, 2, 0xaa, 0xbb]);
    const last = Buffer.from([0x80, 0, 0, 1, 0xcc]);
    expect(readRecord(first)).toBe('more');
    expect(readRecord(Buffer.concat([first, last]))).toEqual(Buffer.from([0xaa, 0xbb, 0xcc]));
    expect(readRecord(Buffer.from('HTTP/1.1 400 Bad Request\r\n'))).toBe('not-rpc');
  });

  it('reads a PROG_MISMATCH reply and a cut-short DUMP list', () => {
    const reply = Buffer.from([
      0, 0, 0, 7, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 4, 0, 0, 0, 4,
    ]);
    expect(parseReply(reply, 7)).toMatchObject({
      accepted: true,
      status: 'PROG_MISMATCH',
      versions: { low: 4, high: 4 },
    });
    expect(parseReply(reply, 8)).toEqual({ notReply: 'an RPC reply to another call' });
    expect(parseReply(reply.subarray(0, 26), 7)).toEqual({ notReply: 'a truncated RPC reply' });
    expect(decodeMappings(Buffer.from([0, 0, 0, 1, 0, 1, 0x86, 0xa0]))).toBeUndefined();
  });

  it('answers as a stand-in only what it can answer truthfully', () => {
    const answer = (program: number, version: number, procedure: number) => {
      const reply = answerAsStandIn(encodeCall(9, program, version, procedure));
      return reply && parseReply(reply, 9);
    };
    expect(answer(100003, 3, 0)).toMatchObject({ accepted: true, status: 'SUCCESS' });
    expect(answer(100003, 3, 1)).toMatchObject({ accepted: true, status: 'PROC_UNAVAIL' });
    expect(answer(100005, 3, 0)).toMatchObject({ accepted: true, status: 'PROG_UNAVAIL' });
    const dump = answer(100000, 2, 4);
    expect(dump && 'results' in dump && decodeMappings(dump.results)).toEqual([]);
    expect(answerAsStandIn(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBeUndefined();
  });
});
