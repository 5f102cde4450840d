// SMB: an SMB2 NEGOTIATE on 445 (MS-SMB2 §2.2.3); the dialect, server GUID and signing mode it answers.
import { randomBytes } from 'node:crypto';
import { exchangeTcp, printable, unanswered } from './_banner.js';
import type { Prober } from './_prober.js';

/**
 * The dialects offered, oldest first (MS-SMB2 §2.2.3): 2.0.2, 2.1, 3.0, 3.0.2, 3.1.1. SMB1 is not
 * offered: the connector does not use it, and a server that speaks nothing newer is a finding.
 */
const DIALECTS = [0x0202, 0x0210, 0x0300, 0x0302, 0x0311] as const;

const SMB2_MAGIC = Buffer.from([0xfe, 0x53, 0x4d, 0x42]); // 0xFE 'S' 'M' 'B' (MS-SMB2 §2.2.1)
const SMB1_MAGIC = Buffer.from([0xff, 0x53, 0x4d, 0x42]); // 0xFF 'S' 'M' 'B' (MS-CIFS §2.2.3.1)
const HEADER = 64;
const NEGOTIATE = 0x0000;
const SERVER_TO_REDIR = 0x00000001;

/** The dialect revision as people write it: 0x0311 → `3.1.1`, 0x0210 → `2.1`. */
function dialectName(revision: number): string {
  const major = revision >> 8;
  const minor = (revision >> 4) & 0xf;
  const patch = revision & 0xf;
  return patch ? `${major}.${minor}.${patch}` : `${major}.${minor}`;
}

/** A GUID as text (MS-DTYP §2.3.4.2): the first three fields little-endian, the last eight bytes as sent. */
function guidText(bytes: Buffer): string {
  const hex = (b: Buffer) => b.toString('hex');
  const le = (b: Buffer) => hex(Buffer.from(b).reverse());
  return [
    le(bytes.subarray(0, 4)),
    le(bytes.subarray(4, 6)),
    le(bytes.subarray(6, 8)),
    hex(bytes.subarray(8, 10)),
    hex(bytes.subarray(10, 16)),
  ].join('-');
}

/**
 * The NEGOTIATE request in its Direct TCP frame (MS-SMB2 §2.1: a zero byte and a 24-bit big-endian
 * length). Offering 3.1.1 obliges the client to send an SMB2_PREAUTH_INTEGRITY_CAPABILITIES context
 * (§2.2.3.1.1, SHA-512 with a 32-byte salt), 8-byte aligned after the dialects (§2.2.3).
 */
export function negotiateRequest(): Buffer {
  const header = Buffer.alloc(HEADER);
  SMB2_MAGIC.copy(header, 0);
  header.writeUInt16LE(HEADER, 4); // StructureSize
  header.writeUInt16LE(NEGOTIATE, 12); // Command
  header.writeUInt16LE(1, 14); // CreditRequest
  // MessageId, TreeId, SessionId and Signature stay zero: the first message of a connection.

  const dialectsEnd = HEADER + 36 + DIALECTS.length * 2;
  const contextOffset = Math.ceil(dialectsEnd / 8) * 8;
  const body = Buffer.alloc(contextOffset - HEADER);
  body.writeUInt16LE(36, 0); // StructureSize, fixed whatever follows
  body.writeUInt16LE(DIALECTS.length, 2);
  body.writeUInt16LE(0x0001, 4); // SecurityMode: SMB2_NEGOTIATE_SIGNING_ENABLED
  randomBytes(16).copy(body, 12); // ClientGuid
  body.writeUInt32LE(contextOffset, 28); // NegotiateContextOffset, from the start of the SMB2 header
  body.writeUInt16LE(1, 32); // NegotiateContextCount
  for (const [i, d] of DIALECTS.entries()) body.writeUInt16LE(d, 36 + i * 2);

  const salt = randomBytes(32);
  const data = Buffer.alloc(6 + salt.length);
  data.writeUInt16LE(1, 0); // HashAlgorithmCount
  data.writeUInt16LE(salt.length, 2); // SaltLength
  data.writeUInt16LE(0x0001, 4); // SHA-512
  salt.copy(data, 6);
  const context = Buffer.alloc(8);
  context.writeUInt16LE(0x0001, 0); // SMB2_PREAUTH_INTEGRITY_CAPABILITIES
  context.writeUInt16LE(data.length, 2);

  const message = Buffer.concat([header, body, context, data]);
  const frame = Buffer.alloc(4);
  frame.writeUInt32BE(message.length, 0); // the high byte, zero, is the Direct TCP marker
  return Buffer.concat([frame, message]);
}

/** What came back, once enough of it did. */
type Parsed =
  | { kind: 'negotiate'; evidence: Record<string, unknown> }
  | { kind: 'error'; status: number }
  | { kind: 'smb1' }
  | { kind: 'other' };

/** Whether `data` holds enough to decide: a whole response header and body, or bytes no SMB2 reply begins with. */
function decided(data: Buffer): boolean {
  if (data.length >= 1 && data[0] !== 0) return true;
  if (data.length >= 8 && !data.subarray(4, 8).equals(SMB2_MAGIC)) return true;
  if (data.length < 4) return false;
  const length = data.readUInt32BE(0) & 0xffffff;
  return data.length >= 4 + Math.min(length, HEADER + 64);
}

/** The NEGOTIATE response (MS-SMB2 §2.2.4) behind its Direct TCP frame, or what else it is. */
function parse(data: Buffer): Parsed {
  if (data.length < 8 || data[0] !== 0) return { kind: 'other' };
  const smb = data.subarray(4);
  if (smb.subarray(0, 4).equals(SMB1_MAGIC)) return { kind: 'smb1' };
  if (!smb.subarray(0, 4).equals(SMB2_MAGIC) || smb.length < HEADER) return { kind: 'other' };
  const command = smb.readUInt16LE(12);
  const flags = smb.readUInt32LE(16);
  if (command !== NEGOTIATE || !(flags & SERVER_TO_REDIR)) return { kind: 'other' };
  const status = smb.readUInt32LE(8);
  if (status !== 0) return { kind: 'error', status };
  const body = smb.subarray(HEADER);
  if (body.length < 64 || body.readUInt16LE(0) !== 65) return { kind: 'other' };
  const securityMode = body.readUInt16LE(2);
  const revision = body.readUInt16LE(4);
  // SystemTime (§2.2.4) is a FILETIME: 100 ns intervals since 1601-01-01 UTC.
  const filetime = body.readBigUInt64LE(40);
  const unixMs = Number(filetime / 10_000n) - 11_644_473_600_000;
  return {
    kind: 'negotiate',
    evidence: {
      dialect: dialectName(revision),
      serverGuid: guidText(body.subarray(8, 24)),
      signingEnabled: (securityMode & 0x0001) !== 0,
      signingRequired: (securityMode & 0x0002) !== 0,
      ...(filetime > 0n ? { serverTime: new Date(unixMs).toISOString() } : {}),
    },
  };
}

/**
 * The SMB prober: ok when an SMB2 NEGOTIATE response comes back, with the dialect chosen from those
 * offered, the server GUID and whether it requires signing. An SMB server that refuses every
 * dialect offered answers with an error status, and one that speaks only SMB1 answers in SMB1 or
 * not at all: neither serves the connector, so both are `unexpected-service`, said in words.
 */
export const smb: Prober = {
  name: 'smb',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const exchanged = await exchangeTcp(target, signal, negotiateRequest(), decided, 8192);
    if ('result' in exchanged) return exchanged.result;
    const { reading, latencyMs } = exchanged;
    const parsed = parse(reading.data);
    if (parsed.kind === 'negotiate') return { outcome: 'ok', evidence: { ...parsed.evidence, latencyMs } };
    if (parsed.kind === 'error') {
      const status = `0x${parsed.status.toString(16).padStart(8, '0')}`;
      return {
        outcome: 'unexpected-service',
        evidence: {
          status,
          detail: `an SMB2 server, but it refused the negotiation (NTSTATUS ${status}): no dialect from 2.0.2 to 3.1.1 in common`,
          latencyMs,
        },
      };
    }
    if (parsed.kind === 'smb1')
      return {
        outcome: 'unexpected-service',
        evidence: {
          banner: printable(reading.data),
          detail: 'an SMB1 server: it does not speak SMB2 or SMB3',
          latencyMs,
        },
      };
    // Every SMB2 server answers a NEGOTIATE; an SMB1-only server closes on one it cannot read.
    return unanswered(reading, latencyMs, {
      reset: 'the connection was reset before an SMB2 response',
      closed:
        'connected, but the service closed the connection without an SMB2 response (an SMB1-only server does)',
      silent: 'connected, but no answer to an SMB2 NEGOTIATE',
      other: 'not an SMB2 response',
    });
  },
};
