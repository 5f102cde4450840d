// The HTTP prober against nginx, squid, sshd and the kernel: a response, a proxy's refusal, a service
// that is not HTTP, silence, reset, refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, serverAddress } from '../../test/lab/lab.js';
import { peerDir, startNginx, startNodeServer, startSquid, startSshd } from '../../test/lab/peers.js';

describe('http prober', () => {
  let lab: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab();
    await startNginx(lab, temp.dir, [80]);
    await startSshd(lab, temp.dir, [80], serverAddress(0));
    await startNodeServer(lab, 80, '', serverAddress(1));
    await startNodeServer(lab, 80, 'socket.resetAndDestroy();', serverAddress(2));
    await startSquid(lab, temp.dir, 80, serverAddress(3));
  });
  afterAll(() => {
    lab?.remove();
    temp.cleanup();
  });

  it('takes any HTTP response as proof, and names what else answered', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [
        { prober: 'http', target: { address: SERVER, port: 80, transport: 'tcp', name: 'www.lab.example' } },
        ...[0, 1, 2, 3].map((n) => ({
          prober: 'http',
          target: { address: serverAddress(n), port: 80, transport: 'tcp' },
        })),
        { prober: 'http', target: { address: SERVER, port: 81, transport: 'tcp' } },
      ],
      timeoutMs: 500,
      retries: 1,
    });
    const [nginx, sshd, silent, reset, squid, closed] = results as [
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
    ];
    expect(nginx.outcome).toBe('ok');
    expect(nginx.evidence).toMatchObject({ status: 200, server: expect.stringMatching(/^nginx\//) });
    expect(nginx.evidence.proxy).toBeUndefined();
    expect(sshd.outcome).toBe('unexpected-service');
    expect(sshd.evidence.banner).toMatch(/^SSH-2\.0-OpenSSH_/);
    expect([silent.outcome, silent.evidence.detail, silent.attempts]).toEqual([
      'unexpected-service',
      'connected, but no HTTP response',
      1,
    ]);
    expect([reset.outcome, reset.evidence.code]).toEqual(['reset', 'ECONNRESET']);
    // A real proxy's refusal in place of the web server: reachable, but not the destination.
    expect(squid.outcome).toBe('unexpected-service');
    expect(squid.evidence).toMatchObject({
      status: 403,
      proxy: true,
      via: expect.stringContaining('squid'),
      detail: 'a proxy answered: 403 Forbidden (ERR_ACCESS_DENIED 0)',
    });
    expect([closed.outcome, closed.evidence.code]).toEqual(['refused', 'ECONNREFUSED']);
  });
});
