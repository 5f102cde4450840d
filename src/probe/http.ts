// HTTP: a plain HTTP/1.1 request on 80 (RFC 9112); any well-formed response proves the service.
import { request } from 'node:http';
import { isIPv6 } from 'node:net';
import { printable } from './_banner.js';
import { connectTcp } from './_connect.js';
import { outcomeOfError } from './_errors.js';
import type { ProbeResult } from './_outcome.js';
import type { Prober, ProbeTarget } from './_prober.js';

/**
 * A proxy's own answer, not the destination's: 407 is sent only by proxies (RFC 9110 §15.5.8); a 403
 * counts when it carries what a proxy adds (`Proxy-Authenticate`, `Via`, Squid's `X-Squid-Error`).
 * On plain HTTP that means something on the path intercepted the request and refused it, so the
 * destination was not reached: `unexpected-service`, not `ok` (a 200 through a transparent proxy
 * is still `ok`, with `via` in the evidence).
 */
function proxyAnswer(status: number, headers: Record<string, string | string[] | undefined>): boolean {
  if (status === 407) return true;
  return (
    status === 403 &&
    (headers['proxy-authenticate'] !== undefined ||
      headers.via !== undefined ||
      headers['x-squid-error'] !== undefined)
  );
}

/** The Host header: the flow's name when it has one, else the address (IPv6 in brackets), with a port not 80. */
function hostHeader(target: ProbeTarget): string {
  const host = target.name ?? (isIPv6(target.address) ? `[${target.address}]` : target.address);
  return target.port === 80 ? host : `${host}:${target.port}`;
}

export const http: Prober = {
  name: 'http',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const started = performance.now();
    const connected = await connectTcp(target, signal);
    if ('result' in connected) return connected.result;
    const { socket } = connected;
    let peerClosed = false;
    socket.once('end', () => {
      peerClosed = true;
    });
    try {
      return await new Promise<ProbeResult>((resolve) => {
        const finish = (result: ProbeResult) => {
          signal.removeEventListener('abort', onAbort);
          resolve(result);
        };
        // HEAD: the status line and headers decide; a body would only cost time.
        const req = request({
          method: 'HEAD',
          path: '/',
          headers: { host: hostHeader(target), 'user-agent': 'portplan-check', connection: 'close' },
          createConnection: () => socket,
        });
        const onAbort = () => {
          req.destroy();
          finish({
            outcome: 'unexpected-service',
            evidence: { detail: 'connected, but no HTTP response', latencyMs: performance.now() - started },
          });
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        req.once('response', (res) => {
          const latencyMs = performance.now() - started;
          const status = res.statusCode ?? 0;
          const server = typeof res.headers.server === 'string' ? res.headers.server : undefined;
          const via = res.headers.via;
          const evidence = {
            status,
            ...(server ? { server } : {}),
            ...(via ? { via } : {}),
            latencyMs,
          };
          res.resume();
          if (proxyAnswer(status, res.headers)) {
            const squid = res.headers['x-squid-error'];
            finish({
              outcome: 'unexpected-service',
              evidence: {
                ...evidence,
                proxy: true,
                detail:
                  `a proxy answered: ${status} ${res.statusMessage ?? ''}${squid ? ` (${squid})` : ''}`.trim(),
              },
            });
          } else finish({ outcome: 'ok', evidence });
        });
        req.once('error', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }) => {
          const latencyMs = performance.now() - started;
          // node's parser rejects what is not HTTP with an HPE_ code and keeps the bytes it saw.
          if (error.code?.startsWith('HPE_'))
            return finish({
              outcome: 'unexpected-service',
              evidence: {
                ...(error.rawPacket ? { banner: printable(error.rawPacket) } : {}),
                detail: 'not an HTTP response',
                latencyMs,
              },
            });
          // "socket hang up" is node's ECONNRESET for a peer that closed (FIN) without a response.
          if (peerClosed)
            return finish({
              outcome: 'unexpected-service',
              evidence: {
                detail: 'connected, but the service closed the connection without an HTTP response',
                latencyMs,
              },
            });
          finish({
            outcome: outcomeOfError(error.code) ?? 'reset',
            evidence: { ...(error.code ? { code: error.code } : {}), detail: error.message, latencyMs },
          });
        });
        req.end();
      });
    } finally {
      socket.destroy();
    }
  },
};
