// The NFS prober against nfs-ganesha (versions 3 and 4, and 4 alone), rpcbind, nginx, and the kernel's
// drop, reject and a reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, SERVER6, serverAddress } from '../../test/lab/lab.js';
import { peerDir, startNginx, startNodeServer } from '../../test/lab/peers.js';
import { startNfsServer, startRpcbind, startRpcStandIn } from '../../test/lab/rpc.js';

const HTTP = serverAddress(0);
const DROPPED = serverAddress(1);
const REJECTED = serverAddress(2);
const STAND_IN = serverAddress(3);

const task = (address: string, port = 2049) => ({
  prober: 'nfs',
  target: { address, port, transport: 'tcp' },
});

describe('nfs prober', () => {
  // ganesha takes 2049 on every address of its namespace: the NFS servers get labs of their own.
  let lab: Lab;
  let v3v4: Lab;
  let v4only: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    [lab, v3v4, v4only] = [createLab(), createLab(), createLab()];
    const rpcbinds = await Promise.all([v3v4, v4only, lab].map((l) => startRpcbind(l, temp.dir)));
    await Promise.all([
      startNfsServer(v3v4, temp.dir, rpcbinds[0] as number, { versions: [3, 4] }),
      startNfsServer(v4only, temp.dir, rpcbinds[1] as number, { versions: [4] }),
      startNginx(lab, temp.dir, [2049], HTTP),
      // Accept, then reset: no daemon does that on demand.
      startNodeServer(lab, 2050, 'socket.resetAndDestroy();'),
      startRpcStandIn(lab, STAND_IN, [2049, 1111]),
    ]);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          ip daddr ${DROPPED} tcp dport 2049 drop
          ip daddr ${REJECTED} tcp dport 2049 reject with tcp reset
        }
      }`,
    );
  });
  afterAll(() => {
    for (const l of [lab, v3v4, v4only]) l?.remove();
    temp.cleanup();
  });

  it('gets NULL answered by NFS versions 3 and 4 (IPv4 and IPv6), and the range a version-4 server names', () => {
    const [both, both6] = v3v4.probe<ProbeRow>({ tasks: [task(SERVER), task(SERVER6)], timeoutMs: 500 });
    const [four] = v4only.probe<ProbeRow>({ tasks: [task(SERVER)], timeoutMs: 500 });
    expect(both?.outcome).toBe('ok');
    expect(both?.evidence).toMatchObject({ status: 'SUCCESS', versions: [3, 4] });
    expect([both6?.outcome, both6?.evidence.versions]).toEqual(['ok', [3, 4]]);
    expect(typeof both?.evidence.latencyMs).toBe('number');
    expect(four?.outcome).toBe('ok');
    expect(four?.evidence).toMatchObject({ status: 'PROG_MISMATCH', versions: [4] });
  });

  it('tells a portmapper, a web server, a drop, a reject and a reset from NFS', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [task(SERVER, 111), task(HTTP), task(DROPPED), task(REJECTED), task(SERVER, 2050)],
      timeoutMs: 500,
      retries: 1,
    });
    expect(results.map((r) => [r.outcome, r.evidence.code ?? '', r.attempts])).toEqual([
      ['unexpected-service', '', 1],
      ['unexpected-service', '', 1],
      ['filtered', '', 2],
      ['refused', 'ECONNREFUSED', 1],
      ['reset', 'ECONNRESET', 1],
    ]);
    expect(results[0]?.evidence).toMatchObject({ status: 'PROG_UNAVAIL' });
    expect(results[1]?.evidence.said).toMatch(/^HTTP\/1\.1 400 Bad Request/);
  });

  it('meets an RPC server in the stand-in `portplan listen` can answer with', () => {
    const [nfsStandIn, portmapperStandIn] = lab.probe<ProbeRow>({
      tasks: [
        task(STAND_IN),
        { prober: 'portmapper', target: { address: STAND_IN, port: 1111, transport: 'tcp' } },
      ],
      timeoutMs: 500,
    });
    expect([nfsStandIn?.outcome, nfsStandIn?.evidence.status]).toEqual(['ok', 'SUCCESS']);
    // Nothing is registered on a stand-in, and its portmapper says so.
    expect(portmapperStandIn?.outcome).toBe('ok');
    expect(portmapperStandIn?.evidence).toMatchObject({ nfsRegistered: false, programs: [] });
  });
});
