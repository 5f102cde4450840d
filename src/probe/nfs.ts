// NFS on 2049/tcp: the RPC NULL procedure of program 100003, which every NFS server answers without a mount.
import { randomInt } from 'node:crypto';
import { connectTcp } from './_connect.js';
import type { Evidence } from './_outcome.js';
import type { Prober } from './_prober.js';
import { callOverTcp, encodeCall } from './_rpc.js';

/** NFS is RPC program 100003; procedure 0 is NULL in every version (RFC 1813 §3.3.0, RFC 7530 §16.1). */
const NFS_PROGRAM = 100003;
const NULL_PROCEDURE = 0;

/**
 * NFS on 2049/tcp: a NULL call (RFC 5531 RPC, one TCP record per §11) to program 100003 version 3,
 * then version 4 on the same connection. A reply accepting the call proves an NFS server: `ok`,
 * with the versions that answered (`versions`). `PROG_MISMATCH` proves one too: its reply carries
 * the lowest and highest versions the server has, which become `versions`. A server that rejects
 * the call (RPC_MISMATCH, AUTH_ERROR) is an RPC server on the NFS port: `ok` with its `status`.
 *
 * `PROG_UNAVAIL` is an RPC server without NFS (a portmapper, say): `unexpected-service`, as is
 * anything that is not RPC.
 */
export const nfs: Prober = {
  name: 'nfs',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const started = performance.now();
    const connected = await connectTcp(target, signal);
    if ('result' in connected) return connected.result;
    const { socket } = connected;
    try {
      socket.on('error', () => {});
      const xid = randomInt(2 ** 32 - 1);
      const v3 = await callOverTcp(
        socket,
        encodeCall(xid, NFS_PROGRAM, 3, NULL_PROCEDURE),
        xid,
        signal,
        started,
      );
      if ('result' in v3) return v3.result;
      const { reply, latencyMs } = v3;
      const evidence: Evidence = { status: reply.status, latencyMs };
      if (!reply.accepted) {
        evidence.detail = 'an RPC server on the NFS port that rejected the call';
        return { outcome: 'ok', evidence };
      }
      if (reply.status === 'PROG_UNAVAIL')
        return {
          outcome: 'unexpected-service',
          evidence: { ...evidence, detail: 'an RPC server without NFS (program 100003) on this port' },
        };
      if (reply.versions) {
        const { low, high } = reply.versions;
        evidence.versions = Array.from({ length: Math.min(high - low + 1, 8) }, (_, i) => low + i);
        return { outcome: 'ok', evidence };
      }
      // Version 3 answered: ask version 4 too, so the evidence says what the server offers. The
      // outcome is decided already; a second answer that does not come only leaves 4 out.
      const versions = [3];
      const v4 = await callOverTcp(
        socket,
        encodeCall(xid + 1, NFS_PROGRAM, 4, NULL_PROCEDURE),
        xid + 1,
        signal,
        started,
      );
      if ('reply' in v4 && v4.reply.accepted && v4.reply.status === 'SUCCESS') versions.push(4);
      evidence.versions = versions;
      return { outcome: 'ok', evidence };
    } finally {
      socket.destroy();
    }
  },
};
