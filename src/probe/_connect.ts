// Open a TCP connection as a prober does: resolve to an outcome when it fails, a socket when it works.
import { connect, type Socket } from 'node:net';
import { outcomeOfError } from './_errors.js';
import type { ProbeResult } from './_outcome.js';
import type { ProbeTarget } from './_prober.js';

/** How often a connection that started before the round-trip estimate existed asks for it. */
const ESTIMATE_POLL_MS = 50;

/**
 * Connect to `target`; the socket and the time it took, or the result that says why not. Silence
 * until `signal` aborts is `filtered`. The caller owns (and must destroy) the socket it gets.
 */
export function connectTcp(
  target: ProbeTarget,
  signal: AbortSignal,
): Promise<{ socket: Socket; latencyMs: number } | { result: ProbeResult }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect({ host: target.address, port: target.port, noDelay: true });
    let settled = false;
    const done = (value: { socket: Socket; latencyMs: number } | { result: ProbeResult }) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      socket.removeListener('error', onError);
      resolve(value);
    };
    const onAbort = () => {
      socket.destroy();
      clearTimeout(timer);
      done({ result: { outcome: 'filtered', evidence: { detail: 'no answer to the connection attempt' } } });
    };
    // The scheduler's estimate of how long an answer to a SYN can take here: silence beyond it is
    // filtered, without waiting out the whole exchange's timeout. Until there is one (the first
    // connections of a run), it is asked for again every ESTIMATE_POLL_MS, so that a silent host
    // among the first does not hold its slot for the whole timeout.
    // Its check waits for setImmediate: after a busy stretch, expired timers run before the I/O that
    // arrived meanwhile, and an answer already here must not be called silence.
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      const limit = target.connectTimeoutMs?.();
      if (limit !== undefined) {
        const left = started + limit - performance.now();
        timer = setTimeout(() => setImmediate(() => settled || onAbort()), Math.max(0, left));
      } else if (target.connectTimeoutMs) timer = setTimeout(arm, ESTIMATE_POLL_MS);
    };
    arm();
    const onError = (error: NodeJS.ErrnoException) => {
      socket.destroy();
      clearTimeout(timer);
      if (error.code === 'ECONNREFUSED') target.onConnect?.(performance.now() - started);
      const outcome = outcomeOfError(error.code) ?? 'unreachable';
      done({
        result: {
          outcome,
          evidence: { code: error.code, detail: error.message, latencyMs: performance.now() - started },
        },
      });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('error', onError);
    socket.once('connect', () => {
      clearTimeout(timer);
      const latencyMs = performance.now() - started;
      target.onConnect?.(latencyMs);
      done({ socket, latencyMs });
    });
  });
}
