// A tunnel through an HTTP proxy (HTTP CONNECT, RFC 9110 §9.3.6), as the connector's HTTPS goes when one is configured.
import type { Socket } from 'node:net';
import { firstLine, printable, readUntil } from './_banner.js';
import { connectTcp } from './_connect.js';
import type { ProbeResult } from './_outcome.js';
import type { ProbeOptions, ProbeTarget } from './_prober.js';

const headersEnd = (data: Buffer) => data.includes('\r\n\r\n');

/**
 * A socket tunnelled through `proxy` to `target.name:target.port`, or the result that says why
 * not. A proxy that cannot be reached fails as a TCP connection does, naming the proxy; a proxy
 * that refuses the tunnel (403, 407) is `unexpected-service` with its status: the destination was
 * never reached, and what to change is the proxy's allow-list.
 */
export async function connectThroughProxy(
  target: ProbeTarget,
  proxy: NonNullable<ProbeOptions['proxy']>,
  signal: AbortSignal,
): Promise<{ socket: Socket; latencyMs: number } | { result: ProbeResult }> {
  const via = `${proxy.address.includes(':') ? `[${proxy.address}]` : proxy.address}:${proxy.port}`;
  const connected = await connectTcp({ address: proxy.address, port: proxy.port, transport: 'tcp' }, signal);
  if ('result' in connected) {
    const { outcome, evidence } = connected.result;
    return {
      result: {
        outcome,
        evidence: {
          ...evidence,
          path: 'proxy',
          proxy: via,
          detail: `the proxy ${via}: ${String(evidence.detail ?? outcome)}`,
        },
      },
    };
  }
  const { socket } = connected;
  const authority = `${target.name ?? target.address}:${target.port}`;
  const started = performance.now();
  socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`);
  const reading = await readUntil(socket, signal, headersEnd);
  const line = firstLine(reading.data) ?? '';
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(line)?.[1];
  if (status === '200' && reading.end === 'enough') {
    return { socket, latencyMs: connected.latencyMs + (performance.now() - started) };
  }
  socket.destroy();
  const evidence = { path: 'proxy', proxy: via, ...(status ? { proxyStatus: Number(status) } : {}) };
  if (status) {
    return {
      result: {
        outcome: 'unexpected-service',
        evidence: {
          ...evidence,
          detail: `the proxy ${via} refused the tunnel to ${authority}: ${printable(Buffer.from(line))}`,
        },
      },
    };
  }
  if (reading.end === 'failed' || reading.end === 'aborted') {
    const outcome = reading.end === 'aborted' ? 'filtered' : (reading.outcome ?? 'reset');
    return {
      result: {
        outcome,
        evidence: { ...evidence, detail: `the proxy ${via} did not answer the CONNECT request` },
      },
    };
  }
  return {
    result: {
      outcome: 'unexpected-service',
      evidence: { ...evidence, banner: printable(reading.data), detail: `${via} is not an HTTP proxy` },
    },
  };
}
