// gRPC: the HTTP/2 connection preface and SETTINGS exchange (RFC 9113 §3.4) on the agents' port.
import { exchangeTcp, unanswered } from './_banner.js';
import type { Prober } from './_prober.js';

/**
 * RFC 9113 §3.4: the client sends the 24-octet magic `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n` and then a
 * SETTINGS frame, which may be empty (§6.5: a 9-octet header, length 0, type 0x4, flags 0, stream 0).
 * gRPC runs over cleartext HTTP/2 with prior knowledge, so no TLS or Upgrade comes first.
 */
const PREFACE = Buffer.concat([
  Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1'),
  Buffer.from([0, 0, 0, 0x04, 0, 0, 0, 0, 0]),
]);
const FRAME_HEADER = 9;
const SETTINGS = 0x04;
const ACK = 0x01;

/**
 * The server's preface is a SETTINGS frame without ACK, and it MUST be the first frame it sends
 * (§3.4). Any HTTP/2 server passes this, not only gRPC: proving the service is gRPC would need a
 * call, and no method is known to exist on an agent; the exchange proves the path and the framing.
 */
export const grpc: Prober = {
  name: 'grpc',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const exchanged = await exchangeTcp(target, signal, PREFACE, (data) => data.length >= FRAME_HEADER, 512);
    if ('result' in exchanged) return exchanged.result;
    const { reading, latencyMs } = exchanged;
    const header = reading.data.subarray(0, FRAME_HEADER);
    if (header.length === FRAME_HEADER) {
      const length = header.readUIntBE(0, 3);
      const type = header[3];
      const flags = header[4] ?? 0;
      const stream = header.readUInt32BE(5) & 0x7fffffff;
      // A SETTINGS payload is a multiple of six octets (§6.5): a check against text that happens
      // to have 0x04 as its fourth byte.
      if (type === SETTINGS && (flags & ACK) === 0 && stream === 0 && length % 6 === 0)
        return { outcome: 'ok', evidence: { latencyMs, detail: 'HTTP/2 SETTINGS received' } };
    }
    return unanswered(reading, latencyMs, {
      reset: 'the connection was reset after the HTTP/2 preface',
      closed: 'connected, but the service closed the connection without an HTTP/2 SETTINGS frame',
      silent: 'connected, but no answer to the HTTP/2 preface',
      other: 'not an HTTP/2 server preface',
    });
  },
};
