// ONC RPC version 2 (RFC 5531) as the portmapper and NFS probers speak it: a call, its reply, TCP record marking.
import type { Socket } from 'node:net';
import { type Reading, readUntil, unanswered } from './_banner.js';
import type { ProbeResult } from './_outcome.js';
import { saidBy } from './_udp.js';

/** RFC 5531 §9: `rpcvers` is 2; `msg_type` CALL = 0, REPLY = 1. */
const RPC_VERSION = 2;
const CALL = 0;
const REPLY = 1;
/** RFC 5531 §8.2: AUTH_NONE, the flavor of a call that does not authenticate (NULL procedures need none). */
const AUTH_NONE = 0;
/** RFC 5531 §8.2: credential and verifier bodies are at most 400 bytes. */
const MAX_AUTH = 400;
/** The longest record read: a portmapper's DUMP of a thousand mappings is about 20 KiB. */
const MAX_RECORD = 256 * 1024;

/** RFC 5531 §9 `accept_stat`, by value. */
const ACCEPT_STAT = [
  'SUCCESS',
  'PROG_UNAVAIL',
  'PROG_MISMATCH',
  'PROC_UNAVAIL',
  'GARBAGE_ARGS',
  'SYSTEM_ERR',
];
/** RFC 5531 §9 `auth_stat`, by value (RFC 2203 adds the RPCSEC_GSS ones). */
const AUTH_STAT: Record<number, string> = {
  0: 'AUTH_OK',
  1: 'AUTH_BADCRED',
  2: 'AUTH_REJECTEDCRED',
  3: 'AUTH_BADVERF',
  4: 'AUTH_REJECTEDVERF',
  5: 'AUTH_TOOWEAK',
  6: 'AUTH_INVALIDRESP',
  7: 'AUTH_FAILED',
  13: 'RPCSEC_GSS_CREDPROBLEM',
  14: 'RPCSEC_GSS_CTXPROBLEM',
};

/** The server's answer to a call, as RFC 5531 §9 `reply_body` words it. */
export type RpcReply =
  | {
      accepted: true;
      /** `accept_stat`: `SUCCESS`, `PROG_UNAVAIL`, `PROG_MISMATCH`, `PROC_UNAVAIL`, … */
      status: string;
      /** For `PROG_MISMATCH`, the lowest and highest versions of the program the server has. */
      versions?: { low: number; high: number };
      /** For `SUCCESS`, the procedure's results, still in XDR. */
      results: Buffer;
    }
  | {
      accepted: false;
      /** `reject_stat`: `RPC_MISMATCH` or `AUTH_ERROR: <auth_stat>`. */
      status: string;
    };

/**
 * An RPC call message (RFC 5531 §9 `rpc_msg` with a `call_body`), AUTH_NONE credential and
 * verifier, followed by the procedure's arguments, already in XDR.
 *
 * @example
 * encodeCall(1, 100003, 3, 0) // NFSv3 NULL: 40 bytes
 */
export function encodeCall(
  xid: number,
  program: number,
  version: number,
  procedure: number,
  args: Uint8Array = new Uint8Array(0),
): Buffer {
  const header = Buffer.alloc(40);
  const words = [xid, CALL, RPC_VERSION, program, version, procedure, AUTH_NONE, 0, AUTH_NONE, 0];
  for (const [i, word] of words.entries()) header.writeUInt32BE(word >>> 0, i * 4);
  return Buffer.concat([header, args]);
}

/**
 * One message as one TCP record (RFC 5531 §11, record marking): a four-byte header whose top bit
 * marks the last fragment and whose other 31 bits are the fragment's length.
 */
export function frameRecord(message: Uint8Array): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32BE((0x80000000 | message.length) >>> 0);
  return Buffer.concat([header, message]);
}

/**
 * Where a stream of bytes stands as RFC 5531 §11 records: the whole first record (its fragments
 * joined), `more` when it is not complete yet, or `not-rpc` when a fragment header cannot be one
 * (a text protocol's first bytes read as a length of hundreds of megabytes).
 */
export function readRecord(data: Buffer): Buffer | 'more' | 'not-rpc' {
  const scanned = scanRecord(data);
  return typeof scanned === 'string' ? scanned : scanned.message;
}

/** {@link readRecord}, with how many bytes of `data` the record took. */
function scanRecord(data: Buffer): { message: Buffer; length: number } | 'more' | 'not-rpc' {
  const fragments: Buffer[] = [];
  let total = 0;
  let offset = 0;
  while (offset + 4 <= data.length) {
    const header = data.readUInt32BE(offset);
    const length = header & 0x7fffffff;
    total += length;
    if (total > MAX_RECORD) return 'not-rpc';
    if (offset + 4 + length > data.length) return 'more';
    fragments.push(data.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
    if (header >>> 31 === 1) return { message: Buffer.concat(fragments), length: offset };
  }
  return 'more';
}

/**
 * The reply to call `xid` in `message`, or why `message` is not one: a reply's layout is RFC 5531
 * §9 (`reply_body`, `accepted_reply`, `rejected_reply`).
 */
export function parseReply(message: Buffer, xid: number): RpcReply | { notReply: string } {
  try {
    if (message.length < 12) return { notReply: `${message.length} bytes, shorter than an RPC reply` };
    const type = message.readUInt32BE(4);
    if (message.readUInt32BE(0) !== xid >>> 0)
      return { notReply: type === REPLY ? 'an RPC reply to another call' : 'not an RPC reply' };
    if (type === CALL) return { notReply: 'our RPC call came back: an echo, not an RPC server' };
    if (type !== REPLY) return { notReply: 'not an RPC reply' };
    const replyStat = message.readUInt32BE(8);
    if (replyStat === 1) {
      const reject = message.readUInt32BE(12);
      if (reject === 0) return { accepted: false, status: 'RPC_MISMATCH' };
      if (reject === 1) {
        const auth = message.readUInt32BE(16);
        return { accepted: false, status: `AUTH_ERROR: ${AUTH_STAT[auth] ?? auth}` };
      }
      return { notReply: `an RPC rejection with an unknown reason (${reject})` };
    }
    if (replyStat !== 0) return { notReply: 'not an RPC reply' };
    // The verifier: a flavor, then an opaque body padded to four bytes (RFC 4506 §4.10).
    const verifierLength = message.readUInt32BE(16);
    if (verifierLength > MAX_AUTH) return { notReply: 'an RPC reply with an impossible verifier' };
    const at = 20 + Math.ceil(verifierLength / 4) * 4;
    const accept = message.readUInt32BE(at);
    const status = ACCEPT_STAT[accept];
    if (status === undefined) return { notReply: `an RPC reply with an unknown status (${accept})` };
    const results = message.subarray(at + 4);
    if (status === 'PROG_MISMATCH')
      return {
        accepted: true,
        status,
        versions: { low: results.readUInt32BE(0), high: results.readUInt32BE(4) },
        results,
      };
    return { accepted: true, status, results };
  } catch {
    // A read past the end: the message stops where an RPC reply goes on.
    return { notReply: 'a truncated RPC reply' };
  }
}

/** What came back for a call over TCP: the reply, or the result that says why there is none. */
export type TcpExchange = { reply: RpcReply; latencyMs: number } | { result: ProbeResult };

/**
 * Send `call` on a connected `socket` as one record and read the record that comes back. Anything
 * but an RPC reply to `call` is a result: `unexpected-service` with what the service said, or the
 * reset that ended it. `started` is when the probe began, for the latency.
 */
export async function callOverTcp(
  socket: Socket,
  call: Buffer,
  xid: number,
  signal: AbortSignal,
  started: number,
): Promise<TcpExchange> {
  socket.write(frameRecord(call));
  // readUntil pauses the socket when it is done: a second call on it must set it flowing again.
  socket.resume();
  const reading = await readUntil(socket, signal, (data) => readRecord(data) !== 'more', MAX_RECORD + 64);
  const latencyMs = performance.now() - started;
  const record = readRecord(reading.data);
  if (record instanceof Buffer) {
    const reply = parseReply(record, xid);
    if (!('notReply' in reply)) return { reply, latencyMs };
    return unexpected(reply.notReply, reading.data, latencyMs);
  }
  return { result: noReply(reading, latencyMs) };
}

/** A datagram that came back for a call over UDP: the reply, or `unexpected-service` with what it said. */
export function replyOverUdp(datagram: Buffer, xid: number, latencyMs: number): TcpExchange {
  const reply = parseReply(datagram, xid);
  if (!('notReply' in reply)) return { reply, latencyMs };
  return unexpected(reply.notReply, datagram, latencyMs);
}

function unexpected(detail: string, data: Buffer, latencyMs: number): { result: ProbeResult } {
  return { result: { outcome: 'unexpected-service', evidence: { detail, latencyMs, ...saidBy(data) } } };
}

/**
 * Why no whole record came: a reset, a service that said something else, or one that said nothing.
 * An RPC server answers every call it can decode: a listener that stays silent, or closes without
 * a word, is some other service, not a packet lost on the way.
 */
function noReply(reading: Reading, latencyMs: number): ProbeResult {
  return unanswered(reading, latencyMs, {
    reset: 'the connection was reset before an RPC reply',
    closed: 'connected, but the service closed the connection without an RPC reply',
    silent: 'connected, but no RPC reply',
    other: 'not an RPC record',
    resetFirst: true,
    shown: saidBy,
  });
}

/** RFC 1833 §3 and the NFS RFCs: the programs a stand-in answers for. */
const STAND_IN_PROGRAMS = new Set([100000, 100003]);

/**
 * The reply a stand-in listener (`portplan listen`) gives to one RPC call, so that the portmapper
 * and NFS probers on the other side meet an RPC server and prove the path: NULL (procedure 0) of
 * the portmapper or NFS succeeds, the portmapper's DUMP lists nothing (nothing is registered on a
 * stand-in) and GETPORT says 0 (not registered); other procedures are PROC_UNAVAIL and other
 * programs PROG_UNAVAIL (RFC 5531 §9). `undefined` when `message` is not a version-2 call.
 */
export function answerAsStandIn(message: Buffer): Buffer | undefined {
  if (message.length < 40 || message.readUInt32BE(4) !== CALL || message.readUInt32BE(8) !== RPC_VERSION)
    return undefined;
  const [program, procedure] = [message.readUInt32BE(12), message.readUInt32BE(20)];
  // xid, REPLY, MSG_ACCEPTED, an AUTH_NONE verifier, then accept_stat and the results.
  const reply = (accept: number, ...results: number[]) => {
    const words = [message.readUInt32BE(0), REPLY, 0, AUTH_NONE, 0, accept, ...results];
    const out = Buffer.alloc(words.length * 4);
    for (const [i, word] of words.entries()) out.writeUInt32BE(word, i * 4);
    return out;
  };
  if (!STAND_IN_PROGRAMS.has(program)) return reply(1);
  if (procedure === 0) return reply(0);
  if (program === 100000 && message.readUInt32BE(16) === 2) {
    if (procedure === 3) return reply(0, 0);
    if (procedure === 4) return reply(0, 0);
  }
  return reply(3);
}

/**
 * Answer RPC calls on a stand-in's TCP connection, one record each (RFC 5531 §11), until the peer
 * closes or sends something that is not an RPC call, then close it.
 */
export function serveStandIn(socket: Socket): void {
  let data = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    data = Buffer.concat([data, chunk]);
    for (;;) {
      const record = scanRecord(data);
      if (record === 'more') return;
      const answer = record === 'not-rpc' ? undefined : answerAsStandIn(record.message);
      if (!answer) {
        socket.end();
        return;
      }
      data = data.subarray(record.length);
      socket.write(frameRecord(answer));
    }
  });
}
