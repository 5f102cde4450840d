// SQL Server: a TDS PRELOGIN on 1433 (MS-TDS §2.2.6.5); the server's version and encryption setting it answers.
import { exchangeTcp, unanswered } from './_banner.js';
import type { Prober } from './_prober.js';

/** Packet types (MS-TDS §2.2.3.1.1): PRELOGIN from the client, tabular result (its answer) from the server. */
const PRELOGIN = 0x12;
const TABULAR_RESULT = 0x04;
/** Status bit: the last packet of a message (§2.2.3.1.2). */
const END_OF_MESSAGE = 0x01;

/** PRELOGIN option tokens (§2.2.6.5). */
const VERSION = 0x00;
const ENCRYPTION = 0x01;
const INSTOPT = 0x02;
const THREADID = 0x03;
const MARS = 0x04;
const TERMINATOR = 0xff;

/** B_FENCRYPTION values (§2.2.6.5) as evidence words. */
const ENCRYPTION_NAMES: Record<number, string> = {
  0: 'off',
  1: 'on',
  2: 'not-supported',
  3: 'required',
};

/**
 * The client's PRELOGIN message in one packet (§2.2.3.1 header: type, status, big-endian length,
 * SPID, packet id, window), options in the order §2.2.6.5 requires, VERSION first: a zero client
 * version, ENCRYPT_OFF (encryption available but not asked for, what drivers send by default),
 * INSTOPT for the default instance (an empty string), a thread id, MARS off, then the terminator.
 */
export function preloginRequest(): Buffer {
  const threadId = Buffer.alloc(4);
  threadId.writeUInt32BE(process.pid >>> 0, 0);
  const options: [number, Buffer][] = [
    [VERSION, Buffer.alloc(6)],
    [ENCRYPTION, Buffer.from([0x00])],
    [INSTOPT, Buffer.from([0x00])],
    [THREADID, threadId],
    [MARS, Buffer.from([0x00])],
  ];
  const table = Buffer.alloc(options.length * 5 + 1);
  let offset = table.length;
  options.forEach(([token, data], i) => {
    table.writeUInt8(token, i * 5);
    table.writeUInt16BE(offset, i * 5 + 1);
    table.writeUInt16BE(data.length, i * 5 + 3);
    offset += data.length;
  });
  table.writeUInt8(TERMINATOR, options.length * 5);
  const payload = Buffer.concat([table, ...options.map(([, data]) => data)]);
  const header = Buffer.from([PRELOGIN, END_OF_MESSAGE, 0, 0, 0, 0, 1, 0]);
  header.writeUInt16BE(8 + payload.length, 2);
  return Buffer.concat([header, payload]);
}

/** Whether `data` holds a whole TDS packet, or begins with bytes no TDS answer does. */
function decided(data: Buffer): boolean {
  if (data.length >= 1 && data[0] !== TABULAR_RESULT) return true;
  return data.length >= 8 && data.length >= data.readUInt16BE(2);
}

/** The options of a PRELOGIN answer (§2.2.6.5), or undefined when it is not one. */
function parsePrelogin(data: Buffer): Map<number, Buffer> | undefined {
  if (data.length < 9 || data[0] !== TABULAR_RESULT || !((data[1] ?? 0) & END_OF_MESSAGE)) return undefined;
  const length = data.readUInt16BE(2);
  if (length < 9 || length > data.length) return undefined;
  const payload = data.subarray(8, length);
  const options = new Map<number, Buffer>();
  for (let at = 0; at < payload.length; at += 5) {
    const token = payload[at];
    if (token === TERMINATOR) return options.has(VERSION) ? options : undefined;
    if (token === undefined || at + 5 > payload.length) return undefined;
    const offset = payload.readUInt16BE(at + 1);
    const size = payload.readUInt16BE(at + 3);
    if (offset + size > payload.length) return undefined;
    options.set(token, payload.subarray(offset, offset + size));
  }
  return undefined;
}

/**
 * The mssql prober: ok when a PRELOGIN answer comes back, with the server's version (its UL_VERSION:
 * major, minor and build, §2.2.6.5) and its encryption setting — `required` (ENCRYPT_REQ) tells the
 * connector it must speak TLS inside TDS. Anything else that answers is `unexpected-service`.
 */
export const mssql: Prober = {
  name: 'mssql',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const exchanged = await exchangeTcp(target, signal, preloginRequest(), decided, 4096);
    if ('result' in exchanged) return exchanged.result;
    const { reading, latencyMs } = exchanged;
    const options = parsePrelogin(reading.data);
    const version = options?.get(VERSION);
    if (options && version && version.length >= 4) {
      const encryption = options.get(ENCRYPTION)?.[0];
      const subbuild = version.length >= 6 ? version.readUInt16BE(4) : 0;
      return {
        outcome: 'ok',
        evidence: {
          serverVersion: `${version[0]}.${version[1]}.${version.readUInt16BE(2)}${subbuild ? `.${subbuild}` : ''}`,
          ...(encryption !== undefined
            ? { encryption: ENCRYPTION_NAMES[encryption] ?? `0x${encryption.toString(16)}` }
            : {}),
          latencyMs,
        },
      };
    }
    // SQL Server answers every well-formed PRELOGIN at once.
    return unanswered(reading, latencyMs, {
      reset: 'the connection was reset before a PRELOGIN answer',
      closed: 'connected, but the service closed the connection without a PRELOGIN answer',
      silent: 'connected, but no answer to a TDS PRELOGIN',
      other: 'not a TDS PRELOGIN answer',
    });
  },
};
