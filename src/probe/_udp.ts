// One UDP request and its first reply, as a prober sends it: an outcome when nothing usable came back.
import { createSocket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { printable } from '../common/printable.js';
import { outcomeOfError } from './_errors.js';
import type { Outcome, ProbeResult } from './_outcome.js';
import type { ProbeTarget } from './_prober.js';

/**
 * Send `payload` to `target` from a connected UDP socket and wait for the first datagram back. A
 * connected socket is what lets the kernel hand us an ICMP port unreachable as ECONNREFUSED
 * (`refused`), and host/network unreachables as EHOSTUNREACH/ENETUNREACH (`unreachable`).
 * Silence until `signal` aborts is `silence`: `filtered` for a protocol whose servers always answer,
 * `open|filtered` where a silent port proves nothing either way.
 */
export function exchangeUdp(
  target: ProbeTarget,
  payload: Uint8Array,
  signal: AbortSignal,
  silence: Extract<Outcome, 'filtered' | 'open|filtered'>,
): Promise<{ reply: Buffer; latencyMs: number } | { result: ProbeResult }> {
  return new Promise((resolve) => {
    const socket = createSocket(isIPv6(target.address) ? 'udp6' : 'udp4');
    let started = performance.now();
    let settled = false;
    const done = (value: { reply: Buffer; latencyMs: number } | { result: ProbeResult }) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      socket.close();
      resolve(value);
    };
    const onAbort = () =>
      done({ result: { outcome: silence, evidence: { detail: 'no answer to the query' } } });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      done({
        result: {
          outcome: outcomeOfError(error.code) ?? 'unreachable',
          evidence: { code: error.code, detail: error.message, latencyMs: performance.now() - started },
        },
      }),
    );
    socket.on('message', (reply) => done({ reply, latencyMs: performance.now() - started }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.connect(target.port, target.address, () => {
      if (settled) return;
      started = performance.now();
      socket.send(payload);
    });
  });
}

/**
 * What a service that is not the expected one said, for `unexpected-service` evidence: its first
 * bytes as printable text (controls escaped), cut at `max` characters, and how many bytes came.
 */
export function saidBy(reply: Uint8Array, max = 64): { said: string; bytes: number } {
  const text = printable(Buffer.from(reply.subarray(0, max)).toString('latin1'));
  return { said: reply.length > max ? `${text}…` : text, bytes: reply.length };
}
