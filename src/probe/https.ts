// HTTPS: a TLS handshake with SNI (its chain, issuer and expiry as evidence, an inspecting proxy told
// apart), then one HTTP/1.1 request over it, recognising a proxy's answer.
import type { TLSSocket } from 'node:tls';
import { printable } from '../common/printable.js';
import { connectTcp } from './_connect.js';
import type { Evidence } from './_outcome.js';
import type { Prober, ProbeTarget } from './_prober.js';
import { connectThroughProxy } from './_proxy.js';
import { handshakeTls, judgeTls } from './_tls.js';

/** The most of a response head read before giving up on finding its end. */
const HEAD_LIMIT = 16 * 1024;

/** What came back to the request. */
type Answer =
  | { kind: 'http'; status: number; reason: string; headers: Map<string, string>; ms: number }
  | { kind: 'other'; text: string; ms: number }
  | { kind: 'none'; why: string; ms: number };

/**
 * The Host field (RFC 9110 §7.2): the flow's name, else the address (an IPv6 one in brackets), with
 * the port unless it is HTTPS's default 443.
 */
function hostField(target: ProbeTarget): string {
  const host = target.name ?? (target.address.includes(':') ? `[${target.address}]` : target.address);
  return target.port === 443 ? host : `${host}:${target.port}`;
}

/**
 * Send `HEAD / HTTP/1.1` (RFC 9112 §3) and read the response head up to its empty line: the status
 * line (RFC 9112 §4) and the header fields (§5). HEAD, so no body is sent back to read.
 */
function requestHead(socket: TLSSocket, target: ProbeTarget, signal: AbortSignal): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (why?: string) => {
      signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('data');
      const ms = performance.now() - started;
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const lines = (end >= 0 ? text.slice(0, end) : text).split('\r\n');
      const status = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0] ?? '');
      if (status?.[1] && (end >= 0 || why === undefined)) {
        const headers = new Map<string, string>();
        for (const line of lines.slice(1)) {
          const colon = line.indexOf(':');
          if (colon <= 0) continue;
          const name = line.slice(0, colon).trim().toLowerCase();
          const value = line.slice(colon + 1).trim();
          headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
        }
        return resolve({ kind: 'http', status: Number(status[1]), reason: status[2] ?? '', headers, ms });
      }
      if (text.length > 0) return resolve({ kind: 'other', text: lines[0] ?? '', ms });
      resolve({ kind: 'none', why: why ?? 'no answer', ms });
    };
    const onAbort = () => finish('no HTTP answer before the timeout');
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_LIMIT || Buffer.concat(chunks).includes('\r\n\r\n')) finish();
    });
    socket.once('end', () => finish('the server closed the connection without an HTTP answer'));
    socket.once('error', (error) => finish(error.message));
    socket.write(
      `HEAD / HTTP/1.1\r\nHost: ${hostField(target)}\r\nUser-Agent: portplan\r\nAccept: */*\r\nConnection: close\r\n\r\n`,
    );
  });
}

/**
 * The proxy in an answer, if one answered: a 407 (RFC 9110 §15.5.8, sent only by proxies), or a 403
 * carrying a proxy's own header — Proxy-Authenticate (§11.7.1) or squid's X-Squid-Error. Via
 * (§7.6.3) alone does not count: CDNs such as CloudFront add it to the destination's own answers, a
 * 403 from S3 among them; it is kept in the evidence all the same.
 */
function proxyIn(status: number, headers: Map<string, string>): string | undefined {
  if (status !== 407 && status !== 403) return undefined;
  const named = ['proxy-authenticate', 'x-squid-error', 'via']
    .filter((h) => headers.has(h))
    .map((h) => `${h}: ${printable(headers.get(h) ?? '').slice(0, 120)}`);
  if (status === 407 || headers.has('proxy-authenticate') || headers.has('x-squid-error')) {
    return named.length > 0 ? named.join('; ') : '407 without proxy headers';
  }
  return undefined;
}

/**
 * The HTTPS prober. The TLS layer decides first (`tls-failed`, `tls-intercepted`); then the request:
 * any well-formed HTTP answer, whatever its status, is `ok` — the service is there — except a proxy's.
 * A proxy's 403/407 is `unexpected-service` with detail `a proxy answered: …`: the flow reached a
 * proxy that refuses or wants credentials, not the destination, so the requirement is not met, and
 * what to change is the proxy's allow-list, not the firewall.
 */
export const https: Prober = {
  name: 'https',
  transports: ['tcp'],
  async probe(target, options, { signal }) {
    // Through the proxy when one applies, as the connector's own HTTPS would go; each result says which way.
    const path = options.proxy
      ? { path: 'proxy', proxy: `${options.proxy.address}:${options.proxy.port}` }
      : { path: 'direct' };
    const connected = options.proxy
      ? await connectThroughProxy(target, options.proxy, signal)
      : await connectTcp(target, signal);
    if ('result' in connected)
      return { ...connected.result, evidence: { ...path, ...connected.result.evidence } };
    const shaken = await handshakeTls(connected.socket, target, options, signal, ['http/1.1']);
    if ('result' in shaken) return { ...shaken.result, evidence: { ...path, ...shaken.result.evidence } };
    const { socket, evidence: tls } = shaken;
    try {
      const verdict = judgeTls(target, tls);
      const answer = await requestHead(socket, target, signal);
      const evidence: Evidence = {
        ...path,
        ...tls,
        connectMs: connected.latencyMs,
        latencyMs: tls.handshakeMs,
        ...(verdict.detail ? { detail: verdict.detail } : {}),
        ...(verdict.warning ? { warning: verdict.warning } : {}),
      };
      if (answer.kind === 'http') {
        evidence.status = answer.status;
        const server = answer.headers.get('server');
        if (server) evidence.server = printable(server).slice(0, 120);
        const via = answer.headers.get('via');
        if (via) evidence.via = printable(via).slice(0, 120);
        evidence.httpMs = answer.ms;
        const proxy = proxyIn(answer.status, answer.headers);
        if (proxy) evidence.proxy = proxy;
        if (verdict.outcome !== 'ok') return { outcome: verdict.outcome, evidence };
        if (proxy) {
          const line = printable(`${answer.status} ${answer.reason}`.trim()).slice(0, 120);
          return {
            outcome: 'unexpected-service',
            evidence: { ...evidence, detail: `a proxy answered: ${line} (${proxy})` },
          };
        }
        return { outcome: 'ok', evidence };
      }
      if (verdict.outcome !== 'ok') return { outcome: verdict.outcome, evidence };
      if (answer.kind === 'other') {
        return {
          outcome: 'unexpected-service',
          evidence: {
            ...evidence,
            banner: printable(answer.text.slice(0, 120)),
            detail: 'TLS works, but the answer to an HTTP request is not HTTP',
          },
        };
      }
      return {
        outcome: 'unexpected-service',
        evidence: { ...evidence, detail: `TLS works, but ${answer.why}` },
      };
    } finally {
      socket.destroy();
    }
  },
};
