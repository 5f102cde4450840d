// Open a TCP connection as a prober does: resolve to an outcome when it fails, a socket when it works.
import { connect, type Socket } from 'node:net';
import { outcomeOfError } from './_errors.js';
import type { ProbeResult } from './_outcome.js';
import type { ProbeTarget } from './_prober.js';

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
    const done = (value: { socket: Socket; latencyMs: number } | { result: ProbeResult }) => {
      signal.removeEventListener('abort', onAbort);
      socket.removeListener('error', onError);
      resolve(value);
    };
    const onAbort = () => {
      socket.destroy();
      done({ result: { outcome: 'filtered', evidence: { detail: 'no answer to the connection attempt' } } });
    };
    const onError = (error: NodeJS.ErrnoException) => {
      socket.destroy();
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
    socket.once('connect', () => done({ socket, latencyMs: performance.now() - started }));
  });
}
