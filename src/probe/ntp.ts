// NTP: one SNTP client request on 123/udp, and what the server's reply says about its clock and ours.
import { randomBytes } from 'node:crypto';
import type { Evidence, ProbeResult } from './_outcome.js';
import type { Prober } from './_prober.js';
import { exchangeUdp, saidBy } from './_udp.js';

/** Seconds from the NTP era's start (1900-01-01) to the Unix epoch (RFC 5905 §6). */
const NTP_UNIX_OFFSET = 2_208_988_800;

/** An offset beyond which the clocks disagree enough to break TLS and Kerberos: a warning, not a failure. */
export const OFFSET_WARNING_MS = 1000;

const LEAP = ['no warning', 'last minute has 61 seconds', 'last minute has 59 seconds', 'unsynchronised'];

/**
 * Write a time in milliseconds since the Unix epoch as an NTP timestamp (RFC 5905 §6: 32.32 fixed
 * point); the seconds wrap every 2^32 (an era), the first time in February 2036.
 */
function writeTimestamp(packet: Buffer, offset: number, unixMs: number): void {
  const seconds = Math.floor(unixMs / 1000);
  packet.writeUInt32BE((seconds + NTP_UNIX_OFFSET) % 2 ** 32, offset);
  packet.writeUInt32BE(Math.floor(((unixMs - seconds * 1000) / 1000) * 2 ** 32), offset + 4);
}

/** Read an NTP timestamp as Unix milliseconds, in the era that puts it nearest to `nearMs`. */
function readTimestamp(packet: Buffer, offset: number, nearMs: number): number {
  const seconds = packet.readUInt32BE(offset);
  const era = Math.round((nearMs / 1000 + NTP_UNIX_OFFSET - seconds) / 2 ** 32);
  return (
    (seconds + era * 2 ** 32 - NTP_UNIX_OFFSET) * 1000 + (packet.readUInt32BE(offset + 4) / 2 ** 32) * 1000
  );
}

/**
 * The reference ID as people read it (RFC 5905 §7.3): four ASCII characters for stratum 0 (a kiss
 * code) and 1 (a clock source such as `GPS`), an IPv4 address (or an IPv6 address's hash) above.
 */
function referenceId(packet: Buffer, stratum: number): string {
  const bytes = packet.subarray(12, 16);
  if (stratum <= 1) return bytes.toString('latin1').replace(/[^\x21-\x7e]/g, '');
  return [...bytes].join('.');
}

/**
 * An SNTP v4 client request (RFC 4330 §4, RFC 5905 §7.3): 48 octets, LI 0, VN 4, mode 3 (client),
 * everything zero but the transmit timestamp, which the server copies into the origin field.
 * Its low bits are random, as RFC 9109 §3 asks, so a reply to another request cannot pass for ours.
 */
export function encodeNtpRequest(unixMs: number): Buffer {
  const packet = Buffer.alloc(48);
  packet[0] = (0 << 6) | (4 << 3) | 3;
  writeTimestamp(packet, 40, unixMs);
  randomBytes(2).copy(packet, 46);
  return packet;
}

/**
 * Judge a reply to `request`, sent at `t1` and received at `t4` (Unix milliseconds): `ok` with the
 * server's stratum, reference, leap indicator, offset and round trip (RFC 5905 §8), or
 * `unexpected-service` when it is not an NTP server's reply to this request (RFC 4330 §5's checks:
 * mode 4, our transmit timestamp as its origin, a transmit timestamp of its own).
 */
export function readNtpReply(request: Buffer, reply: Buffer, t1: number, t4: number): ProbeResult {
  const unexpected = (detail: string): ProbeResult => ({
    outcome: 'unexpected-service',
    evidence: { detail, ...saidBy(reply) },
  });
  if (reply.length < 48) return unexpected(`${reply.length} bytes, shorter than an NTP packet`);
  const first = reply[0] as number;
  const leap = first >> 6;
  const version = (first >> 3) & 7;
  const mode = first & 7;
  if (mode !== 4)
    return unexpected(`NTP mode ${mode}, not 4 (server)${mode === 3 ? ': our request came back' : ''}`);
  if (version < 1 || version > 4) return unexpected(`NTP version ${version}`);
  if (!reply.subarray(24, 32).equals(request.subarray(40, 48)))
    return unexpected('the origin timestamp is not our request’s: a reply to something else');
  const stratum = reply[1] as number;
  const refId = referenceId(reply, stratum);
  const evidence: Evidence = { stratum, refId, leap: LEAP[leap], version };
  if (stratum === 0 && refId.length > 0) {
    return {
      outcome: 'ok',
      evidence: {
        ...evidence,
        kiss: refId,
        warning: `the server sent a kiss-of-death (${refId}): it will not serve this client`,
      },
    };
  }
  if (reply.readUInt32BE(40) === 0 && reply.readUInt32BE(44) === 0)
    return unexpected('an NTP server reply without a transmit timestamp');
  const t2 = readTimestamp(reply, 32, t1);
  const t3 = readTimestamp(reply, 40, t1);
  // RFC 5905 §8: offset θ = ((T2 − T1) + (T3 − T4)) / 2, delay δ = (T4 − T1) − (T3 − T2).
  const offsetMs = (t2 - t1 + (t3 - t4)) / 2;
  const roundTripMs = Math.max(0, t4 - t1 - (t3 - t2));
  const warnings: string[] = [];
  // Stratum 0 without a kiss code is "unspecified", what chronyd sends while unsynchronised.
  if (leap === 3 || stratum === 0 || stratum > 15)
    warnings.push('the server says its clock is not synchronised: the connector cannot take time from it');
  if (Math.abs(offsetMs) > OFFSET_WARNING_MS)
    warnings.push(`clock offset ${(offsetMs / 1000).toFixed(1)} s between this host and the server`);
  return {
    outcome: 'ok',
    evidence: {
      ...evidence,
      offsetMs: round(offsetMs),
      roundTripMs: round(roundTripMs),
      ...(warnings.length ? { warning: warnings.join('; ') } : {}),
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * NTP on 123/udp (an SNTP exchange, RFC 4330 §5): a valid server reply is `ok`, with stratum,
 * offset, round trip, reference ID and leap indicator as evidence.
 *
 * What a reply says about time is evidence, not the outcome: the flow through the firewall works
 * whatever the server's clock. A `warning` says when it is not usable as it stands — an offset over
 * {@link OFFSET_WARNING_MS}, a server that says it is unsynchronised (leap 3), or a kiss-of-death
 * (stratum 0 with a kiss code: RATE, DENY, RSTR…, RFC 5905 §7.4), which is an NTP server refusing to
 * serve this client — its own access rules, not the network, and not another protocol.
 *
 * Silence is `open|filtered`: an NTP server may ignore a client it does not serve, so a silent
 * port proves nothing either way. An ICMP port unreachable is `refused`.
 */
export const ntp: Prober = {
  name: 'ntp',
  transports: ['udp'],
  async probe(target, _options, { signal }) {
    const sentAt = performance.now();
    const t1 = performance.timeOrigin + sentAt;
    const request = encodeNtpRequest(t1);
    const exchanged = await exchangeUdp(target, request, signal, 'open|filtered');
    if ('result' in exchanged) return exchanged.result;
    const t4 = t1 + (performance.now() - sentAt);
    const { outcome, evidence } = readNtpReply(request, exchanged.reply, t1, t4);
    return { outcome, evidence: { ...evidence, latencyMs: exchanged.latencyMs } };
  },
};
