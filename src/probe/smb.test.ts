// The SMB prober against Samba's smbd (SMB3, SMB2 with mandatory signing, SMB1 only), nginx, sshd and the kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, serverAddress } from '../../test/lab/lab.js';
import { peerDir, startNginx, startSshd } from '../../test/lab/peers.js';
import { startSmbd } from '../../test/lab/samba.js';
import { negotiateRequest } from './smb.js';

const SMB3 = SERVER;
const SIGNING = serverAddress(0);
const SMB1 = serverAddress(1);
const NGINX = serverAddress(2);
const SSHD = serverAddress(3);
const DROPPED = serverAddress(4);
const CLOSED = serverAddress(5);

describe('smb prober', () => {
  let lab: Lab;
  const temp = peerDir();
  beforeAll(async () => {
    lab = createLab(6);
    await startSmbd(lab, temp.dir, 'smb3', { address: SMB3 });
    await startSmbd(lab, temp.dir, 'signing', {
      address: SIGNING,
      settings: ['server max protocol = SMB2_10', 'server signing = mandatory'],
    });
    await startSmbd(lab, temp.dir, 'smb1', {
      address: SMB1,
      settings: ['server min protocol = NT1', 'server max protocol = NT1'],
    });
    await startNginx(lab, temp.dir, [445], NGINX);
    await startSshd(lab, temp.dir, [445], SSHD);
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          ip daddr ${DROPPED} tcp dport 445 drop
        }
      }`,
    );
  }, 20_000);
  afterAll(() => {
    lab?.remove();
    temp.cleanup();
  });

  it('frames a NEGOTIATE offering 2.0.2 to 3.1.1 with the preauth integrity context', () => {
    const frame = negotiateRequest();
    expect(frame.readUInt32BE(0)).toBe(frame.length - 4);
    expect(frame.subarray(4, 8)).toEqual(Buffer.from([0xfe, 0x53, 0x4d, 0x42]));
    const body = frame.subarray(4 + 64);
    expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([36, 5]);
    const contextOffset = body.readUInt32LE(28);
    expect(contextOffset % 8).toBe(0);
    const context = frame.subarray(4 + contextOffset);
    expect([context.readUInt16LE(0), context.readUInt16LE(2), context.readUInt16LE(12)]).toEqual([1, 38, 1]);
  });

  it('reads the dialect, GUID and signing mode smbd negotiates, and tells every other answer apart', () => {
    const results = lab.probe<ProbeRow>({
      tasks: [SMB3, SIGNING, SMB1, NGINX, SSHD, DROPPED, CLOSED].map((address) => ({
        prober: 'smb',
        target: { address, port: 445, transport: 'tcp' },
      })),
      timeoutMs: 800,
      retries: 1,
    });
    const [smb3, signing, smb1, nginx, sshd, dropped, closed] = results as ProbeRow[] as [
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
      ProbeRow,
    ];
    expect(smb3.outcome).toBe('ok');
    expect(smb3.evidence).toMatchObject({ dialect: '3.1.1', signingEnabled: true, signingRequired: false });
    expect(smb3.evidence.serverGuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(Math.abs(Date.parse(smb3.evidence.serverTime as string) - Date.now())).toBeLessThan(60_000);
    expect(typeof smb3.evidence.latencyMs).toBe('number');

    expect(signing.outcome).toBe('ok');
    expect(signing.evidence).toMatchObject({ dialect: '2.1', signingRequired: true });
    expect(signing.evidence.serverGuid).not.toBe(smb3.evidence.serverGuid);

    expect(smb1.outcome).toBe('unexpected-service');
    expect(smb1.evidence.detail).toMatch(/closed the connection without an SMB2 response/);

    expect(nginx.outcome).toBe('unexpected-service');
    expect(nginx.evidence.banner).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(sshd.outcome).toBe('unexpected-service');
    expect(sshd.evidence.banner).toMatch(/^SSH-2\.0-OpenSSH_/);

    expect([dropped.outcome, dropped.attempts]).toEqual(['filtered', 2]);
    expect([closed.outcome, closed.evidence.code]).toEqual(['refused', 'ECONNREFUSED']);
  });
});
