// The gRPC prober against a @grpc/grpc-js server, nginx's HTTP/1.1 port and a silent listener.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, serverAddress } from '../../test/lab/lab.js';
import { peerDir, startGrpcServer, startNginx, startNodeServer } from '../../test/lab/peers.js';

describe('grpc prober', () => {
  let lab: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab();
    await startGrpcServer(lab, 50051);
    await startNginx(lab, temp.dir, [50051], serverAddress(0));
    await startNodeServer(lab, 50051, '', serverAddress(1));
    await startNodeServer(lab, 50051, 'socket.resetAndDestroy();', serverAddress(2));
  });
  afterAll(() => {
    lab?.remove();
    temp.cleanup();
  });

  it('completes the HTTP/2 preface and SETTINGS exchange with gRPC, and names what else answered', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [SERVER, serverAddress(0), serverAddress(1), serverAddress(2)].map((address) => ({
        prober: 'grpc',
        target: { address, port: 50051, transport: 'tcp' },
      })),
      timeoutMs: 500,
      retries: 1,
    });
    const [grpc, nginx, silent, reset] = results as [ProbeRow, ProbeRow, ProbeRow, ProbeRow];
    expect(grpc.outcome).toBe('ok');
    expect(typeof grpc.evidence.latencyMs).toBe('number');
    // nginx reads the preface's request line `PRI * HTTP/2.0` as a bad HTTP/1.1 request.
    expect(nginx.outcome).toBe('unexpected-service');
    expect(nginx.evidence.banner).toMatch(/^HTTP\/1\.1 400 Bad Request\\r\\n/);
    expect([silent.outcome, silent.evidence.detail, silent.attempts]).toEqual([
      'unexpected-service',
      'connected, but no answer to the HTTP/2 preface',
      1,
    ]);
    expect([reset.outcome, reset.evidence.code]).toEqual(['reset', 'ECONNRESET']);
  });
});
