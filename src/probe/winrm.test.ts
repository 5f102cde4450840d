// The WinRM prober against nginx over TLS standing in for WinRM's /wsman (no Debian WinRM), a plain
// web server, plain HTTP, sshd and the kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, serverAddress } from '../../test/lab/lab.js';
import { peerDir, startNginx, startSshd } from '../../test/lab/peers.js';
import { startWinrmStandIn } from '../../test/lab/winrm.js';

const IDENTIFY = SERVER;
const AUTH = serverAddress(0);
const WEB = serverAddress(1);
const PLAIN_HTTP = serverAddress(2);
const SSHD = serverAddress(3);
const CLOSED = serverAddress(4);

describe('winrm prober', () => {
  let lab: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab(5);
    await startWinrmStandIn(lab, temp.dir, 'hv01.corp.example', [
      { address: IDENTIFY, port: 5986, mode: 'identify' },
      { address: AUTH, port: 5986, mode: 'auth' },
      { address: WEB, port: 5986, mode: 'web' },
    ]);
    await startNginx(lab, temp.dir, [5986], PLAIN_HTTP);
    await startSshd(lab, temp.dir, [5986], SSHD);
  });
  afterAll(() => {
    lab?.remove();
    temp.cleanup();
  });

  it('proves WS-Management by an Identify or its challenge, and tells every other answer apart', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [IDENTIFY, AUTH, WEB, PLAIN_HTTP, SSHD, CLOSED].map((address) => ({
        prober: 'winrm',
        target: { address, port: 5986, transport: 'tcp', name: 'hv01.corp.example' },
      })),
      timeoutMs: 1000,
      retries: 0,
    });
    const [identify, auth, web, plain, sshd, closed] = results as [
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
    ];
    // A self-signed certificate is evidence, not a failure.
    expect(identify.outcome).toBe('ok');
    expect(identify.evidence).toMatchObject({
      status: 200,
      protocolVersion: 'http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd',
      productVendor: 'Microsoft Corporation',
      productVersion: 'OS: 0.0.0 SP: 0.0 Stack: 3.0',
      selfSigned: true,
      verified: false,
      subject: 'CN=hv01.corp.example',
      sni: 'hv01.corp.example',
    });
    expect(typeof identify.evidence.protocol).toBe('string');

    expect(auth.outcome).toBe('ok');
    expect(auth.evidence).toMatchObject({ status: 401, authSchemes: ['Negotiate', 'Kerberos'] });
    expect(auth.evidence.detail).toBe('WS-Management asks for credentials even for Identify');

    expect(web.outcome).toBe('unexpected-service');
    expect(web.evidence).toMatchObject({ status: 404, server: expect.stringMatching(/^nginx/) });
    expect(web.evidence.detail).toBe('TLS works, but POST /wsman answered 404 Not Found, not WS-Management');

    expect(plain.outcome).toBe('unexpected-service');
    expect(plain.evidence).toMatchObject({
      banner: 'HTTP/1.1 200 OK',
      detail: 'answered, but not in TLS',
    });
    expect(sshd.outcome).toBe('unexpected-service');
    expect(sshd.evidence.banner).toMatch(/^SSH-2\.0-OpenSSH_/);
    expect([closed.outcome, closed.evidence.code]).toEqual(['refused', 'ECONNREFUSED']);
  });
});
