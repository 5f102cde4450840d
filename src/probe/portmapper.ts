// Portmapper (rpcbind) on 111: an ONC RPC call that lists what is registered, and whether NFS is.
import { randomInt } from 'node:crypto';
import { connectTcp } from './_connect.js';
import type { Evidence, ProbeResult } from './_outcome.js';
import type { Prober } from './_prober.js';
import { callOverTcp, encodeCall, type RpcReply, replyOverUdp } from './_rpc.js';
import { exchangeUdp } from './_udp.js';

/** RFC 1833 §3: the portmapper is program 100000; version 2 is the one every rpcbind still answers. */
const PMAP_PROGRAM = 100000;
const PMAP_VERSION = 2;
/** RFC 1833 §3: `pmaplist PMAPPROC_DUMP(void) = 4`. */
const PMAPPROC_DUMP = 4;
/** RFC 1833 §3: `mapping.prot` holds IP protocol numbers. */
const PROTOCOLS: Record<number, string> = { 6: 'tcp', 17: 'udp' };
/** NFS is program 100003 (RFC 1813 for version 3, RFC 7530 for 4). */
const NFS_PROGRAM = 100003;
/** The programs an NFS server registers besides itself, by the names rpcinfo gives them. */
const PROGRAM_NAMES: Record<number, string> = {
  100000: 'portmapper',
  100003: 'nfs',
  100005: 'mountd',
  100011: 'rquotad',
  100021: 'nlockmgr',
  100024: 'status',
  100227: 'nfs_acl',
};

/** One registration in the portmapper's table (RFC 1833 §3 `mapping`). */
export interface Mapping {
  program: number;
  /** rpcinfo's name for the program, when it is a well-known one. */
  name?: string;
  version: number;
  protocol: string;
  port: number;
}

/**
 * The portmapper's table from a DUMP result: RFC 1833 §3 `pmaplist` is an XDR optional-data list
 * (RFC 4506 §4.19), each entry a boolean "one more follows" and a mapping of four unsigned ints.
 */
export function decodeMappings(results: Buffer): Mapping[] | undefined {
  const mappings: Mapping[] = [];
  let offset = 0;
  while (offset + 4 <= results.length) {
    if (results.readUInt32BE(offset) === 0) return mappings;
    if (offset + 20 > results.length) return undefined;
    const [program, version, protocol, port] = [4, 8, 12, 16].map((at) =>
      results.readUInt32BE(offset + at),
    ) as [number, number, number, number];
    const name = PROGRAM_NAMES[program];
    mappings.push({
      program,
      ...(name ? { name } : {}),
      version,
      protocol: PROTOCOLS[protocol] ?? String(protocol),
      port,
    });
    offset += 20;
  }
  return undefined;
}

/**
 * The portmapper (rpcbind) on 111/tcp and 111/udp, asked for its whole table with PMAPPROC_DUMP
 * (RFC 1833 §3) in an RPC call (RFC 5531; over TCP as one record, §11). Any RPC reply proves the
 * portmapper: `ok`. Evidence says whether NFS (program 100003) is registered over TCP, on which
 * port and in which versions (`nfsRegistered`, `nfsPort`, `nfsVersions`), with every registration
 * (`programs`); a portmapper that refuses to tell (TCP wrappers answer AUTH_ERROR) is still `ok`,
 * with its `status` and no `nfsRegistered`.
 *
 * An RPC server without the portmapper (PROG_UNAVAIL: an NFS server's port, say) and anything
 * else that answers are `unexpected-service`. Over UDP, silence is `open|filtered`: a
 * silent port proves nothing either way; an ICMP port unreachable is `refused`.
 */
export const portmapper: Prober = {
  name: 'portmapper',
  transports: ['tcp', 'udp'],
  async probe(target, _options, { signal }) {
    const xid = randomInt(2 ** 32);
    const call = encodeCall(xid, PMAP_PROGRAM, PMAP_VERSION, PMAPPROC_DUMP);
    if (target.transport === 'udp') {
      const exchanged = await exchangeUdp(target, call, signal, 'open|filtered');
      if ('result' in exchanged) return exchanged.result;
      const replied = replyOverUdp(exchanged.reply, xid, exchanged.latencyMs);
      return 'result' in replied ? replied.result : judge(replied.reply, replied.latencyMs);
    }
    const started = performance.now();
    const connected = await connectTcp(target, signal);
    if ('result' in connected) return connected.result;
    const { socket } = connected;
    try {
      socket.on('error', () => {});
      const replied = await callOverTcp(socket, call, xid, signal, started);
      return 'result' in replied ? replied.result : judge(replied.reply, replied.latencyMs);
    } finally {
      socket.destroy();
    }
  },
};

function judge(reply: RpcReply, latencyMs: number): ProbeResult {
  const evidence: Evidence = { status: reply.status, latencyMs };
  if (reply.status === 'PROG_UNAVAIL') {
    evidence.detail = 'an RPC server without the portmapper (program 100000) on this port';
    return { outcome: 'unexpected-service', evidence };
  }
  if (!reply.accepted || reply.status !== 'SUCCESS') {
    evidence.detail = 'the portmapper answered, but would not list its registrations';
    return { outcome: 'ok', evidence };
  }
  const programs = decodeMappings(reply.results);
  if (!programs) {
    evidence.detail = 'the portmapper answered, but its list of registrations is cut short';
    return { outcome: 'ok', evidence };
  }
  // The catalog's NFS flows are TCP (2049/tcp): a registration over UDP alone does not serve them.
  const nfs = programs.filter((m) => m.program === NFS_PROGRAM && m.protocol === 'tcp');
  evidence.nfsRegistered = nfs.length > 0;
  if (nfs[0]) evidence.nfsPort = nfs[0].port;
  if (nfs.length > 0) evidence.nfsVersions = [...new Set(nfs.map((m) => m.version))].sort((a, b) => a - b);
  evidence.programs = programs;
  return { outcome: 'ok', evidence };
}
