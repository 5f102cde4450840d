// The mssql prober against a TDS stand-in written from MS-TDS (no Debian SQL Server), sshd, nginx and the kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, serverAddress } from '../../test/lab/lab.js';
import { peerDir, startNginx, startSshd } from '../../test/lab/peers.js';
import { startTdsStandIn } from '../../test/lab/tds.js';
import { preloginRequest } from './mssql.js';

const SQL2022 = SERVER;
const SQL_ENCRYPTED = serverAddress(0);
const SSHD = serverAddress(1);
const NGINX = serverAddress(2);
const RESET = serverAddress(3);
const CLOSED = serverAddress(4);

describe('mssql prober', () => {
  let lab: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab(5);
    await startTdsStandIn(lab, 1433, { version: [16, 0, 1000, 6], encryption: 0 }, SQL2022);
    await startTdsStandIn(lab, 1433, { version: [15, 0, 2000, 5], encryption: 3 }, SQL_ENCRYPTED);
    await startSshd(lab, temp.dir, [1433], SSHD);
    await startNginx(lab, temp.dir, [1433], NGINX);
    // A firewall that lets the connection open and resets it at the first data (the PRELOGIN),
    // as application-aware firewalls do to a denied application.
    await startTdsStandIn(lab, 1433, { version: [16, 0, 1000, 6], encryption: 0 }, RESET);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          ip daddr ${RESET} tcp dport 1433 tcp flags & psh == psh reject with tcp reset
        }
      }`,
    );
  });
  afterAll(() => {
    lab?.remove();
    temp.cleanup();
  });

  it('builds the PRELOGIN of MS-TDS §2.2.6.5, VERSION first and terminated', () => {
    const packet = preloginRequest();
    expect([packet[0], packet[1], packet.readUInt16BE(2)]).toEqual([0x12, 0x01, packet.length]);
    const tokens = [0, 5, 10, 15, 20, 25].map((at) => packet[8 + at]);
    expect(tokens).toEqual([0x00, 0x01, 0x02, 0x03, 0x04, 0xff]);
    // The options' data follow the table at once: VERSION at offset 26, 6 bytes (as MS-TDS §4.1).
    expect([packet.readUInt16BE(9), packet.readUInt16BE(11)]).toEqual([26, 6]);
  });

  it('reads the version and encryption a PRELOGIN answer carries, and tells every other answer apart', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [SQL2022, SQL_ENCRYPTED, SSHD, NGINX, RESET, CLOSED].map((address) => ({
        prober: 'mssql',
        target: { address, port: 1433, transport: 'tcp' },
      })),
      timeoutMs: 800,
      retries: 0,
    });
    const [sql, encrypted, sshd, nginx, reset, closed] = results as [
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
    ];
    expect(sql.outcome).toBe('ok');
    expect(sql.evidence).toMatchObject({ serverVersion: '16.0.1000.6', encryption: 'off' });
    expect(typeof sql.evidence.latencyMs).toBe('number');
    expect(encrypted.outcome).toBe('ok');
    expect(encrypted.evidence).toMatchObject({ serverVersion: '15.0.2000.5', encryption: 'required' });

    expect(sshd.outcome).toBe('unexpected-service');
    expect(sshd.evidence.banner).toMatch(/^SSH-2\.0-OpenSSH_/);
    expect(nginx.outcome).toBe('unexpected-service');
    expect(nginx.evidence.banner).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect([reset.outcome, reset.evidence.code]).toEqual(['reset', 'ECONNRESET']);
    expect([closed.outcome, closed.evidence.code]).toEqual(['refused', 'ECONNREFUSED']);
  });

  it('has a stand-in that answers only a well-formed PRELOGIN', () => {
    // An HTTP request is no PRELOGIN: the stand-in closes, as MS-TDS §3.3.5.1 says a server does.
    const [http] = lab.probe<ProbeRow>({
      tasks: [{ prober: 'http', target: { address: SQL2022, port: 1433, transport: 'tcp' } }],
      timeoutMs: 800,
      retries: 0,
    });
    expect(http?.outcome).toBe('unexpected-service');
    expect(http?.evidence.detail).toBe(
      'connected, but the service closed the connection without an HTTP response',
    );
  });
});
