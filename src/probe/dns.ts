// DNS: a real query to a DNS server over UDP or TCP, and names resolved through the inventory's servers.
import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { Transport } from '../plan/types.js';
import { connectTcp } from './_connect.js';
import { outcomeOfError } from './_errors.js';
import type { ProbeResult } from './_outcome.js';
import type { Prober, ProbeTarget } from './_prober.js';
import { exchangeUdp, saidBy } from './_udp.js';

// The encoder and decoder are written here rather than taken from a library: a query is one
// question, and decoding needs the header, names with compression and four record types — about
// a hundred lines, against a dependency (and its types) in the lock file.

/** Record types this module asks for or shows by name (RFC 1035 §3.2.2, RFC 3596 §2.1). */
const TYPES: Record<string, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };
const TYPE_NAMES = new Map(Object.entries(TYPES).map(([name, code]) => [code, name]));

/** Response codes (RFC 1035 §4.1.1; NOTAUTH and above from RFC 2136 §2.2). */
const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET'];

export type DnsType = 'A' | 'AAAA' | 'NS' | 'CNAME';

/** One resource record of a reply, its data as text (an address, a name, or `<n bytes>`). */
export interface DnsRecord {
  name: string;
  type: string;
  ttl: number;
  data: string;
}

/** A decoded DNS message: what a prober needs of the header, the questions and the answers. */
export interface DnsMessage {
  id: number;
  /** QR: a response, not a query. */
  response: boolean;
  /** TC: cut to fit a UDP datagram; the full answer is over TCP. */
  truncated: boolean;
  rcode: string;
  questions: { name: string; type: string }[];
  answers: DnsRecord[];
}

class MalformedDns extends Error {}

/**
 * A standard query (RFC 1035 §4.1.1–4.1.2): header with RD set, one question of class IN.
 *
 * @example
 * encodeDnsQuery(0x1234, 'helios.cohesity.com', 'A')
 */
export function encodeDnsQuery(id: number, name: string, type: DnsType): Buffer {
  const labels = name.replace(/\.$/, '').split('.').filter(Boolean);
  const parts: Buffer[] = [];
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // RD: ask a resolver to recurse, as the connector's stub would
  header.writeUInt16BE(1, 4);
  parts.push(header);
  for (const label of labels) {
    const bytes = Buffer.from(label, 'ascii');
    if (bytes.length === 0 || bytes.length > 63)
      throw new Error(`a DNS label of 1-63 octets, not "${label}"`);
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  const tail = Buffer.alloc(5);
  tail.writeUInt16BE(TYPES[type] ?? 1, 1);
  tail.writeUInt16BE(1, 3); // class IN
  parts.push(tail);
  return Buffer.concat(parts);
}

/** Read a name at `offset`, following compression pointers (RFC 1035 §4.1.4); where it ends in place. */
function readName(message: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = offset;
  let end = -1;
  // A pointer must point backwards; the count guards against loops all the same.
  for (let jumps = 0; jumps < 64; ) {
    const length = message[at];
    if (length === undefined) throw new MalformedDns('a name runs past the end');
    if (length === 0) {
      return { name: labels.length ? labels.join('.') : '.', end: end === -1 ? at + 1 : end };
    }
    if ((length & 0xc0) === 0xc0) {
      if (at + 1 >= message.length) throw new MalformedDns('a compression pointer runs past the end');
      if (end === -1) end = at + 2;
      at = ((length & 0x3f) << 8) | (message[at + 1] as number);
      jumps++;
      continue;
    }
    if (length & 0xc0) throw new MalformedDns('a label type that is not defined');
    if (at + 1 + length > message.length) throw new MalformedDns('a label runs past the end');
    labels.push(message.toString('latin1', at + 1, at + 1 + length));
    at += 1 + length;
  }
  throw new MalformedDns('compression pointers loop');
}

function recordData(message: Buffer, type: number, start: number, length: number): string {
  const bytes = message.subarray(start, start + length);
  if ((type === TYPES.A && length === 4) || (type === TYPES.AAAA && length === 16)) {
    const address = ipaddr.fromByteArray([...bytes]);
    return address.kind() === 'ipv6' ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();
  }
  if (type === TYPES.CNAME || type === TYPES.NS || type === TYPES.PTR) return readName(message, start).name;
  return `<${length} bytes>`;
}

/**
 * Decode a DNS message (RFC 1035 §4.1): header, questions, answers; authority and additional
 * sections are left unread. Throws on anything that is not a well-formed message.
 */
export function decodeDnsMessage(message: Buffer): DnsMessage {
  if (message.length < 12) throw new MalformedDns(`${message.length} bytes, shorter than a DNS header`);
  const flags = message.readUInt16BE(2);
  const opcode = (flags >> 11) & 0xf;
  if (opcode > 6) throw new MalformedDns(`opcode ${opcode}`);
  const qdcount = message.readUInt16BE(4);
  const ancount = message.readUInt16BE(6);
  let at = 12;
  const questions: DnsMessage['questions'] = [];
  for (let i = 0; i < qdcount; i++) {
    const { name, end } = readName(message, at);
    if (end + 4 > message.length) throw new MalformedDns('a question runs past the end');
    const type = message.readUInt16BE(end);
    questions.push({ name, type: TYPE_NAMES.get(type) ?? `TYPE${type}` });
    at = end + 4;
  }
  const answers: DnsRecord[] = [];
  for (let i = 0; i < ancount; i++) {
    const { name, end } = readName(message, at);
    if (end + 10 > message.length) throw new MalformedDns('a record runs past the end');
    const type = message.readUInt16BE(end);
    const ttl = message.readUInt32BE(end + 4);
    const length = message.readUInt16BE(end + 8);
    if (end + 10 + length > message.length) throw new MalformedDns('record data runs past the end');
    answers.push({
      name,
      type: TYPE_NAMES.get(type) ?? `TYPE${type}`,
      ttl,
      data: recordData(message, type, end + 10, length),
    });
    at = end + 10 + length;
  }
  const rcode = flags & 0xf;
  return {
    id: message.readUInt16BE(0),
    response: (flags & 0x8000) !== 0,
    truncated: (flags & 0x0200) !== 0,
    rcode: RCODES[rcode] ?? `RCODE${rcode}`,
    questions,
    answers,
  };
}

/** Send a query over TCP: a two-octet length before the message, both ways (RFC 1035 §4.2.2, RFC 7766 §8). */
async function exchangeTcp(
  server: ProbeTarget,
  query: Buffer,
  signal: AbortSignal,
): Promise<{ reply: Buffer; latencyMs: number } | { result: ProbeResult }> {
  const connected = await connectTcp(server, signal);
  if ('result' in connected) return connected;
  const { socket } = connected;
  return new Promise((resolve) => {
    const started = performance.now();
    let received = Buffer.alloc(0);
    const done = (value: { reply: Buffer; latencyMs: number } | { result: ProbeResult }) => {
      signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('data').removeAllListeners('end').removeAllListeners('error');
      socket.on('error', () => {});
      socket.destroy();
      resolve(value);
    };
    const notDns = (detail: string) =>
      done({
        result: {
          outcome: 'unexpected-service',
          evidence: { detail, ...(received.length ? saidBy(received) : {}) },
        },
      });
    const onAbort = () => notDns('the connection opened but no DNS answer came before the timeout');
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const length = received.readUInt16BE(0);
      if (received.length >= 2 + length)
        done({ reply: received.subarray(2, 2 + length), latencyMs: performance.now() - started });
    });
    socket.on('end', () => notDns('the connection closed before a whole DNS message came'));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      done({
        result: {
          outcome: outcomeOfError(error.code) ?? 'reset',
          evidence: { code: error.code, detail: error.message },
        },
      }),
    );
    const framed = Buffer.alloc(2 + query.length);
    framed.writeUInt16BE(query.length, 0);
    query.copy(framed, 2);
    socket.write(framed);
  });
}

/**
 * Ask `server` (over its `transport`) for `name`'s `type` records. The decoded answer, or the
 * outcome that says why there is none: the transport's own (refused, filtered, reset…), or
 * `unexpected-service` when what came back is not a DNS answer to this query. UDP silence is
 * `filtered`: a DNS server answers every query, if only with an error.
 */
export async function queryDns(
  server: ProbeTarget,
  name: string,
  type: DnsType,
  signal: AbortSignal,
): Promise<{ message: DnsMessage; latencyMs: number } | { result: ProbeResult }> {
  const id = randomInt(0x10000);
  const query = encodeDnsQuery(id, name, type);
  const exchanged =
    server.transport === 'tcp'
      ? await exchangeTcp(server, query, signal)
      : await exchangeUdp(server, query, signal, 'filtered');
  if ('result' in exchanged) return exchanged;
  const { reply, latencyMs } = exchanged;
  const unexpected = (detail: string): { result: ProbeResult } => ({
    result: { outcome: 'unexpected-service', evidence: { detail, latencyMs, ...saidBy(reply) } },
  });
  let message: DnsMessage;
  try {
    message = decodeDnsMessage(reply);
  } catch (error) {
    if (error instanceof MalformedDns) return unexpected(`not a DNS message: ${error.message}`);
    throw error;
  }
  if (!message.response) return unexpected('a DNS query came back, not an answer: an echo, not a DNS server');
  if (message.id !== id) return unexpected(`an answer to another query (ID ${message.id}, not ${id})`);
  const question = message.questions[0];
  // A server may leave the question out of an error reply (FORMERR, NOTIMP); when it is there, it is ours.
  if (question && (question.name.toLowerCase() !== normalise(name) || question.type !== type))
    return unexpected(`an answer about ${question.name} ${question.type}, not ${normalise(name)} ${type}`);
  return { message, latencyMs };
}

function normalise(name: string): string {
  const trimmed = name.replace(/\.$/, '').toLowerCase();
  return trimmed === '' ? '.' : trimmed;
}

/** The answers worth showing: addresses and aliases as `name TYPE data`. */
function shownAnswers(message: DnsMessage): string[] {
  return message.answers.map((r) => `${r.name} ${r.type} ${r.data}`);
}

/**
 * DNS over UDP or TCP (the vendor document requires both): any well-formed answer proves a DNS
 * server listens, whatever its rcode. Asks for `options.query` (A), or the root's NS records.
 */
export const dns: Prober = {
  name: 'dns',
  transports: ['udp', 'tcp'],
  async probe(target, options, { signal }) {
    const name = options.query ?? '.';
    const answered = await queryDns(target, name, name === '.' ? 'NS' : 'A', signal);
    if ('result' in answered) return answered.result;
    const { message, latencyMs } = answered;
    return {
      outcome: 'ok',
      evidence: {
        query: normalise(name),
        rcode: message.rcode,
        answers: shownAnswers(message),
        latencyMs,
        ...(message.truncated
          ? { detail: 'the answer was truncated (TC): the whole of it is over TCP' }
          : {}),
      },
    };
  },
};

/** A name's addresses, and the server and round trip that gave them. */
export interface Resolved {
  addresses: string[];
  server: string;
  latencyMs: number;
}

/** Why one server gave no address for a name: the transport's outcome, or the rcode it answered. */
export interface DnsFailure {
  server: string;
  outcome: string;
  rcode?: string;
  detail?: string;
}

/**
 * Resolve `name` (A and AAAA) through the inventory's DNS `servers` over `transport`, as the
 * connector will — not through this machine's resolver. The servers are asked at once and the first
 * definite answer wins (addresses, or NXDOMAIN); a server that fails (SERVFAIL, REFUSED, silence, a
 * closed port, a truncated answer) leaves it to the others. No addresses from any is `dns-failed`, with each server's
 * reason. An address literal resolves to itself. Aborting `signal` ends every query.
 *
 * @example
 * const r = await resolveName('helios.cohesity.com', ['10.0.0.53'], 'udp', AbortSignal.timeout(2000));
 * if ('addresses' in r) console.log(r.addresses);
 */
export async function resolveName(
  name: string,
  servers: readonly string[],
  transport: Transport,
  signal: AbortSignal,
  port = 53,
): Promise<Resolved | { result: ProbeResult }> {
  if (isIP(name)) return { addresses: [name], server: '', latencyMs: 0 };
  if (servers.length === 0) throw new Error(`no DNS server to resolve ${name} with`);
  const stop = new AbortController();
  const both = AbortSignal.any([signal, stop.signal]);
  const failures: DnsFailure[] = [];
  let nxdomain: string | undefined;
  const winner = await new Promise<Resolved | undefined>((resolve) => {
    let pending = servers.length;
    for (const server of servers) {
      const target: ProbeTarget = { address: server, port, transport };
      void Promise.all([queryDns(target, name, 'A', both), queryDns(target, name, 'AAAA', both)]).then(
        (replies) => {
          const addresses: string[] = [];
          let latencyMs = 0;
          let failure: DnsFailure | undefined;
          for (const reply of replies) {
            if ('result' in reply) {
              const { outcome, evidence } = reply.result;
              failure ??= {
                server,
                outcome,
                ...(evidence.detail ? { detail: String(evidence.detail) } : {}),
              };
              continue;
            }
            latencyMs = Math.max(latencyMs, reply.latencyMs);
            const { rcode, answers, truncated } = reply.message;
            // A truncated answer is not the whole answer (RFC 1035 §4.2.1): not definite, whatever it holds.
            if (truncated) {
              failure ??= {
                server,
                outcome: 'dns-failed',
                rcode,
                detail: 'the answer was truncated (TC): the whole of it is over TCP',
              };
              continue;
            }
            if (rcode === 'NXDOMAIN') nxdomain ??= server;
            else if (rcode !== 'NOERROR') failure ??= { server, outcome: 'dns-failed', rcode };
            for (const r of answers) if (r.type === 'A' || r.type === 'AAAA') addresses.push(r.data);
          }
          if (addresses.length > 0 || nxdomain === server) {
            stop.abort();
            return resolve(addresses.length > 0 ? { addresses, server, latencyMs } : undefined);
          }
          failures.push(
            failure ?? { server, outcome: 'dns-failed', rcode: 'NOERROR', detail: 'no A or AAAA record' },
          );
          if (--pending === 0) resolve(undefined);
        },
      );
    }
  });
  if (winner) return winner;
  return {
    result: {
      outcome: 'dns-failed',
      evidence: {
        query: normalise(name),
        detail: nxdomain
          ? `${nxdomain} says ${normalise(name)} does not exist (NXDOMAIN)`
          : `no DNS server gave an address for ${normalise(name)}`,
        ...(nxdomain ? { rcode: 'NXDOMAIN', server: nxdomain } : {}),
        servers: failures,
      },
    },
  };
}
