// The VMware authd prober against a stand-in greeting (no Debian daemon speaks it) and a real sshd on 902.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, serverAddress } from '../../test/lab/lab.js';
import { peerDir, startNodeServer, startSshd } from '../../test/lab/peers.js';

/** ESXi's greeting as nmap's banner script records it, CR LF-terminated like every authd line. */
const ESXI_GREETING =
  '220 VMware Authentication Daemon Version 1.10: SSL Required, ServerDaemonProtocol:SOAP, MKSDisplayProtocol:VNC , , NFCSSL supported/t\r\n';

describe('vmware-authd prober', () => {
  let lab: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab();
    // The stand-in the issue allows: authd greets and then waits for a command.
    await startNodeServer(lab, 902, `socket.write(${JSON.stringify(ESXI_GREETING)});`);
    // A real, different service on 902 of another address, and one that accepts and says nothing.
    await startSshd(lab, temp.dir, [902], serverAddress(0));
    await startNodeServer(lab, 902, '', serverAddress(1));
  });
  afterAll(() => {
    lab?.remove();
    temp.cleanup();
  });

  it('accepts the authd greeting and nothing else', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [SERVER, serverAddress(0), serverAddress(1)].map((address) => ({
        prober: 'vmware-authd',
        target: { address, port: 902, transport: 'tcp' },
      })),
      timeoutMs: 500,
      retries: 1,
    });
    const [authd, sshd, silent] = results as [ProbeRow, ProbeRow, ProbeRow];
    expect(authd.outcome).toBe('ok');
    expect(authd.evidence.banner).toBe(ESXI_GREETING.trimEnd());
    expect(authd.evidence.version).toBe('1.10');
    expect(sshd.outcome).toBe('unexpected-service');
    expect(sshd.evidence.banner).toMatch(/^SSH-2\.0-OpenSSH_/);
    expect([silent.outcome, silent.evidence.detail, silent.attempts]).toEqual([
      'unexpected-service',
      'connected, but no authd greeting',
      1,
    ]);
  });
});
