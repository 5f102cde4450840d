// The SSH prober against OpenSSH's sshd, nginx and the kernel: banner, wrong service, drop, reject, reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER } from '../../test/lab/lab.js';
import { peerDir, startNginx, startNodeServer, startSshd } from '../../test/lab/peers.js';

describe('ssh prober', () => {
  let lab: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab();
    await startSshd(lab, temp.dir, [22]);
    await startNginx(lab, temp.dir, [80]);
    // Behaviours no daemon shows on demand: accept and reset at once; accept and say nothing.
    await startNodeServer(lab, 2203, 'socket.resetAndDestroy();');
    await startNodeServer(lab, 2204, '');
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          tcp dport 2201 drop
          tcp dport 2202 reject with tcp reset
        }
      }`,
    );
  });
  afterAll(() => {
    lab?.remove();
    temp.cleanup();
  });

  it('reads sshd’s identification, and tells every other answer apart', () => {
    const ports = [22, 80, 2201, 2202, 2203, 2204];
    const results = lab.probe<ProbeRow>({
      tasks: ports.map((port) => ({ prober: 'ssh', target: { address: SERVER, port, transport: 'tcp' } })),
      timeoutMs: 500,
      retries: 1,
    });
    const [sshd, nginx, dropped, rejected, reset, silent] = results as [
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
    ];
    expect(sshd.outcome).toBe('ok');
    expect(sshd.evidence.banner).toMatch(/^SSH-2\.0-OpenSSH_\S+/);
    expect(sshd.evidence.software).toMatch(/^OpenSSH_[^ ]+$/);
    expect(typeof sshd.evidence.latencyMs).toBe('number');
    // nginx answers the client's identification line as a bad HTTP request.
    expect(nginx.outcome).toBe('unexpected-service');
    expect(nginx.evidence.banner).toMatch(/^HTTP\/1\.1 400 Bad Request\\r\\n/);
    expect([dropped.outcome, dropped.attempts]).toEqual(['filtered', 2]);
    expect([rejected.outcome, rejected.evidence.code]).toEqual(['refused', 'ECONNREFUSED']);
    expect([reset.outcome, reset.evidence.code]).toEqual(['reset', 'ECONNRESET']);
    expect([silent.outcome, silent.evidence.detail, silent.attempts]).toEqual([
      'unexpected-service',
      'connected, but no SSH banner',
      1,
    ]);
  });
});
