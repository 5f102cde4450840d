// chronyc: the command-and-monitoring protocol chronyd answers on 323/udp, asked what `chronyc tracking` asks.
import { randomInt } from 'node:crypto';
import type { Evidence } from './_outcome.js';
import type { Prober } from './_prober.js';
import { exchangeUdp, saidBy } from './_udp.js';

// The packet layout is chrony's own, from its candm.h (CMD_Request, CMD_Reply) and pktlength.c;
// there is no RFC. Protocol version 6 is what chrony 2.x to 4.x speak.
const PROTO_VERSION = 6;
const PKT_TYPE_CMD_REQUEST = 1;
const PKT_TYPE_CMD_REPLY = 2;
const REQ_TRACKING = 33;
const RPY_TRACKING = 5;
/** CMD_Request's header: version, type, two reserved octets, command, attempt, sequence, two pads. */
const REQUEST_HEADER = 20;
/** CMD_Reply's header: …, command, reply, status, three pads, sequence, two pads. */
const REPLY_HEADER = 28;
/** RPY_Tracking's length up to its end: the header, ref ID, IPAddr (20), stratum, leap, a Timespec, nine Floats. */
const TRACKING_REPLY = REPLY_HEADER + 4 + 20 + 2 + 2 + 12 + 9 * 4;
/** REQ_TRACKING carries no data (REQ_Null): padding makes it as long as its reply. */
const TRACKING_PADDING = TRACKING_REPLY - REQUEST_HEADER;

/** Status codes (candm.h STT_*), as chronyc words them. */
const STATUS: Record<number, string> = {
  0: 'success',
  1: 'failed',
  2: 'not authorised',
  3: 'invalid command',
  4: 'no such source',
  5: 'invalid timestamp',
  6: 'facility not enabled',
  7: 'bad subnet',
  8: 'access allowed',
  9: 'access denied',
  11: 'source already known',
  12: 'too many sources',
  13: 'no RTC driver',
  14: 'bad RTC file',
  15: 'inactive',
  16: 'bad sample',
  17: 'invalid address family',
  18: 'protocol version mismatch',
  19: 'bad packet length',
  21: 'invalid name',
};

/**
 * REQ_TRACKING as chronyc sends it: the request is padded to the length of its reply, which
 * chronyd insists on so that it cannot be used to amplify traffic (candm.h, PROTO_VERSION_PADDING).
 */
export function encodeTrackingRequest(sequence: number): Buffer {
  const packet = Buffer.alloc(REQUEST_HEADER + TRACKING_PADDING);
  packet[0] = PROTO_VERSION;
  packet[1] = PKT_TYPE_CMD_REQUEST;
  packet.writeUInt16BE(REQ_TRACKING, 4);
  packet.writeUInt32BE(sequence, 8);
  return packet;
}

/**
 * Remote monitoring of chronyd on 323/udp (chronyc; 123/udp is the NTP service itself). Any reply
 * in chrony's command protocol to our request is `ok`, whatever its status: a chronyd that answers
 * "not authorised" or "version mismatch" is still chronyd on that port. Evidence: the status, the
 * protocol version, and for a tracking report the stratum, reference ID and leap status.
 *
 * Silence is `open|filtered`: chronyd ignores hosts its `cmdallow` does not name, so a silent port
 * proves nothing either way. An ICMP port unreachable is `refused`.
 */
export const chronyc: Prober = {
  name: 'chronyc',
  transports: ['udp'],
  async probe(target, _options, { signal }) {
    const sequence = randomInt(2 ** 32);
    const exchanged = await exchangeUdp(target, encodeTrackingRequest(sequence), signal, 'open|filtered');
    if ('result' in exchanged) return exchanged.result;
    const { reply, latencyMs } = exchanged;
    const unexpected = (detail: string) => ({
      outcome: 'unexpected-service' as const,
      evidence: { detail, latencyMs, ...saidBy(reply) },
    });
    if (reply.length < REPLY_HEADER) return unexpected(`${reply.length} bytes, shorter than a chrony reply`);
    if (reply[1] !== PKT_TYPE_CMD_REPLY)
      return unexpected(
        reply[1] === PKT_TYPE_CMD_REQUEST && reply.readUInt32BE(8) === sequence
          ? 'our chrony request came back: an echo, not chronyd'
          : 'not a chrony command reply',
      );
    if (reply[2] !== 0 || reply[3] !== 0 || reply.readUInt32BE(16) !== sequence)
      return unexpected('a chrony reply to another request');
    const code = reply.readUInt16BE(8);
    const evidence: Evidence = {
      status: STATUS[code] ?? `status ${code}`,
      version: reply[0],
      latencyMs,
    };
    if (code === 0 && reply.readUInt16BE(6) === RPY_TRACKING && reply.length >= TRACKING_REPLY) {
      const stratum = reply.readUInt16BE(REPLY_HEADER + 24);
      evidence.stratum = stratum;
      // In hex, as `chronyc tracking` shows it.
      evidence.refId = reply
        .subarray(REPLY_HEADER, REPLY_HEADER + 4)
        .toString('hex')
        .toUpperCase();
      evidence.leap = ['normal', 'insert second', 'delete second', 'not synchronised'][
        reply.readUInt16BE(REPLY_HEADER + 26)
      ];
    }
    return { outcome: 'ok', evidence };
  },
};
