// Read what a TCP service says first (a banner, a greeting, a frame header), and show it as text.
import type { Socket } from 'node:net';
import { connectTcp } from './_connect.js';
import { outcomeOfError } from './_errors.js';
import type { Evidence, Outcome, ProbeResult } from './_outcome.js';
import type { ProbeTarget } from './_prober.js';

/** What was read, and why reading stopped. */
export interface Reading {
  /** Every byte received, up to the cap. */
  data: Buffer;
  /**
   * `enough`: `complete` said so; `closed`: the peer closed (FIN) first; `failed`: a socket error
   * (`outcome` and `code` say which); `aborted`: the signal fired while waiting.
   */
  end: 'enough' | 'closed' | 'failed' | 'aborted';
  outcome?: Outcome;
  code?: string;
}

/**
 * Read from `socket` until `complete(data)` holds, the peer closes or fails, `max` bytes came, or
 * `signal` aborts. Never rejects; the caller still owns the socket.
 */
export function readUntil(
  socket: Socket,
  signal: AbortSignal,
  complete: (data: Buffer) => boolean,
  max = 4096,
): Promise<Reading> {
  return new Promise((resolve) => {
    let data = Buffer.alloc(0);
    const finish = (reading: Omit<Reading, 'data'>) => {
      signal.removeEventListener('abort', onAbort);
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', onError);
      socket.pause();
      resolve({ data, ...reading });
    };
    const onData = (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]).subarray(0, max);
      if (complete(data) || data.length >= max) finish({ end: 'enough' });
    };
    const onEnd = () => finish({ end: 'closed' });
    const onError = (error: NodeJS.ErrnoException) =>
      finish({
        end: 'failed',
        outcome: outcomeOfError(error.code) ?? 'reset',
        ...(error.code ? { code: error.code } : {}),
      });
    const onAbort = () => finish({ end: 'aborted' });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', onError);
  });
}

/**
 * Bytes as one line of printable text for evidence: control and non-ASCII bytes as `\xNN` (CR, LF
 * and tab as `\r`, `\n`, `\t`), cut at `max` characters with `…`.
 */
export function printable(data: Buffer, max = 120): string {
  let text = '';
  for (const byte of data) {
    if (byte === 0x0d) text += '\\r';
    else if (byte === 0x0a) text += '\\n';
    else if (byte === 0x09) text += '\\t';
    else if (byte >= 0x20 && byte < 0x7f) text += String.fromCharCode(byte);
    else text += `\\x${byte.toString(16).padStart(2, '0')}`;
    if (text.length >= max) return `${text.slice(0, max)}…`;
  }
  return text;
}

/** The first line of `data`, without its CR LF (or LF), when a whole line came. */
export function firstLine(data: Buffer): string | undefined {
  const end = data.indexOf(0x0a);
  if (end < 0) return undefined;
  return data.subarray(0, end).toString('latin1').replace(/\r$/, '');
}

/** How a prober words an exchange that did not bring its protocol's answer. */
export interface Unanswered {
  /** The connection failed (a reset) before the answer. */
  readonly reset: string;
  /** The service closed the connection without answering. */
  readonly closed: string;
  /** The service stayed silent until the scheduler's timeout. */
  readonly silent: string;
  /** The service said something, but not the answer. */
  readonly other: string;
  /**
   * Where the peer speaks first, a reset after some bytes is still the reset, not a wrong service;
   * what it had said then shows in the evidence unless `showOnReset` is false.
   */
  readonly resetFirst?: boolean;
  readonly showOnReset?: boolean;
  /** How what the peer said shows in the evidence: `banner` by default. */
  readonly shown?: (data: Buffer) => Evidence;
}

/**
 * The result of a reading that did not bring the answer: a reset is the reset (its outcome and
 * code); a service that said nothing, or closed, or said something else is `unexpected-service`
 * (a service that answers every well-formed request, or speaks first, is not a lost packet to
 * retry when it is silent).
 */
export function unanswered(reading: Reading, latencyMs: number, words: Unanswered): ProbeResult {
  const shown = words.shown ?? ((data: Buffer) => ({ banner: printable(data) }));
  const said = reading.data.length > 0;
  if (reading.end === 'failed' && reading.outcome !== undefined && (words.resetFirst || !said)) {
    return {
      outcome: reading.outcome,
      evidence: {
        ...(reading.code ? { code: reading.code } : {}),
        detail: words.reset,
        ...(said && words.showOnReset !== false ? shown(reading.data) : {}),
        latencyMs,
      },
    };
  }
  if (!said) {
    return {
      outcome: 'unexpected-service',
      evidence: { detail: reading.end === 'closed' ? words.closed : words.silent, latencyMs },
    };
  }
  return {
    outcome: 'unexpected-service',
    evidence: { ...shown(reading.data), detail: words.other, latencyMs },
  };
}

/**
 * One exchange with a TCP service: connect, send `request` (none for a service that speaks first),
 * read until `complete` holds, close. What was read and how long it all took, or the result that
 * says why the connection failed.
 */
export async function exchangeTcp(
  target: ProbeTarget,
  signal: AbortSignal,
  request: string | Buffer | undefined,
  complete: (data: Buffer) => boolean,
  max: number,
): Promise<{ reading: Reading; latencyMs: number } | { result: ProbeResult }> {
  const started = performance.now();
  const connected = await connectTcp(target, signal);
  if ('result' in connected) return connected;
  const { socket } = connected;
  try {
    socket.on('error', () => {});
    if (request !== undefined) socket.write(request);
    const reading = await readUntil(socket, signal, complete, max);
    return { reading, latencyMs: performance.now() - started };
  } finally {
    socket.destroy();
  }
}
