// WinRM: TLS on 5986, then a WS-Management Identify POSTed to /wsman, the request WinRM answers unauthenticated.
import { request } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { printable } from '../common/printable.js';
import { connectTcp } from './_connect.js';
import type { Evidence, ProbeResult } from './_outcome.js';
import type { Prober, ProbeTarget } from './_prober.js';
import { handshakeTls, judgeTls } from './_tls.js';

/**
 * A WS-Management Identify (DMTF DSP0226 §11: an empty `wsmid:Identify` in a SOAP 1.2 body). WinRM
 * answers it without credentials when the request carries `WSMANIDENTIFY: unauthenticated`, as
 * `Test-WSMan` and the scripting API's `WSManFlagUseNoAuthentication` send it; the answer then
 * names the protocol version and vendor, not the product version.
 */
const IDENTIFY =
  '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" ' +
  'xmlns:wsmid="http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd">' +
  '<s:Header/><s:Body><wsmid:Identify/></s:Body></s:Envelope>';

/** The most of a response body read: an IdentifyResponse is well under a kilobyte. */
const BODY_LIMIT = 16 * 1024;

/** The schemes WinRM offers in its challenge (Negotiate, Kerberos, Basic, CredSSP), not a web app's. */
const WINRM_SCHEMES = /^(Negotiate|Kerberos|Basic|CredSSP)\b/i;

/** What came back to the Identify. */
type Answer =
  | {
      kind: 'http';
      status: number;
      reason: string;
      headers: Record<string, string | string[] | undefined>;
      body: string;
    }
  | { kind: 'other'; banner?: string; why: string };

/** The Host field (RFC 9110 §7.2): the flow's name, else the address (IPv6 in brackets), and the port. */
function hostField(target: ProbeTarget): string {
  const host = target.name ?? (target.address.includes(':') ? `[${target.address}]` : target.address);
  return `${host}:${target.port}`;
}

/** POST the Identify over the TLS socket and read the answer, its body capped at {@link BODY_LIMIT}. */
function identify(socket: TLSSocket, target: ProbeTarget, signal: AbortSignal): Promise<Answer> {
  return new Promise((resolve) => {
    let peerClosed = false;
    socket.once('end', () => {
      peerClosed = true;
    });
    const finish = (answer: Answer) => {
      signal.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const req = request({
      method: 'POST',
      path: '/wsman',
      headers: {
        host: hostField(target),
        'user-agent': 'portplan-check',
        'content-type': 'application/soap+xml;charset=UTF-8',
        wsmanidentify: 'unauthenticated',
        'content-length': Buffer.byteLength(IDENTIFY),
        connection: 'close',
      },
      createConnection: () => socket,
    });
    const onAbort = () => {
      req.destroy();
      finish({ kind: 'other', why: 'no HTTP answer to a WS-Management Identify before the timeout' });
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () =>
        finish({
          kind: 'http',
          status: res.statusCode ?? 0,
          reason: res.statusMessage ?? '',
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      res.on('data', (chunk: Buffer) => {
        if (size < BODY_LIMIT) chunks.push(chunk);
        size += chunk.length;
        if (size >= BODY_LIMIT) {
          res.destroy();
          done();
        }
      });
      res.once('end', done);
      res.once('error', done);
    });
    req.once('error', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }) => {
      // node's parser rejects what is not HTTP with an HPE_ code and keeps the bytes it saw.
      if (error.code?.startsWith('HPE_'))
        return finish({
          kind: 'other',
          ...(error.rawPacket ? { banner: printable(error.rawPacket.toString('latin1')).slice(0, 120) } : {}),
          why: 'TLS works, but the answer to an HTTP request is not HTTP',
        });
      finish({
        kind: 'other',
        why: peerClosed
          ? 'TLS works, but the server closed the connection without an HTTP answer'
          : `TLS works, but the HTTP request failed (${error.code ?? error.message})`,
      });
    });
    req.end(IDENTIFY);
  });
}

/** The text of the first `<prefix:name>` element in `xml`, whatever its prefix. */
function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)<`).exec(xml);
  return match?.[1] ? printable(match[1].trim()).slice(0, 120) : undefined;
}

/** A header as one string. */
function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The WinRM prober. The TLS layer decides first, as for HTTPS: a self-signed certificate (what
 * `winrm quickconfig -transport:https` is commonly given) is evidence, not a failure. Then the
 * Identify: ok when an IdentifyResponse comes back (its protocol version and vendor as evidence),
 * or a 401 on /wsman whose challenge offers WinRM's schemes (Negotiate, Kerberos, Basic, CredSSP) —
 * a listener that wants credentials even for Identify. Anything else, such as a web server's 404
 * on /wsman, is `unexpected-service` with the status.
 */
export const winrm: Prober = {
  name: 'winrm',
  transports: ['tcp'],
  async probe(target, options, { signal }) {
    const connected = await connectTcp(target, signal);
    if ('result' in connected) return connected.result;
    const shaken = await handshakeTls(connected.socket, target, options, signal, ['http/1.1']);
    if ('result' in shaken) return shaken.result;
    const { socket, evidence: tls } = shaken;
    try {
      const verdict = judgeTls(target, tls);
      const started = performance.now();
      const answer = await identify(socket, target, signal);
      const evidence: Evidence = {
        ...tls,
        connectMs: connected.latencyMs,
        latencyMs: tls.handshakeMs,
        ...(verdict.detail ? { detail: verdict.detail } : {}),
        ...(verdict.warning ? { warning: verdict.warning } : {}),
        httpMs: performance.now() - started,
      };
      if (verdict.outcome !== 'ok') return { outcome: verdict.outcome, evidence };
      if (answer.kind === 'other') {
        return {
          outcome: 'unexpected-service',
          evidence: { ...evidence, ...(answer.banner ? { banner: answer.banner } : {}), detail: answer.why },
        };
      }
      return judgeAnswer(answer, evidence);
    } finally {
      socket.destroy();
    }
  },
};

function judgeAnswer(answer: Extract<Answer, { kind: 'http' }>, tlsEvidence: Evidence): ProbeResult {
  const server = header(answer.headers, 'server');
  const evidence: Evidence = {
    ...tlsEvidence,
    status: answer.status,
    ...(server ? { server: printable(server).slice(0, 120) } : {}),
  };
  if (answer.status === 200 && /<(?:[\w.-]+:)?IdentifyResponse[\s>]/.test(answer.body)) {
    const protocolVersion = element(answer.body, 'ProtocolVersion');
    const productVendor = element(answer.body, 'ProductVendor');
    const productVersion = element(answer.body, 'ProductVersion');
    return {
      outcome: 'ok',
      evidence: {
        ...evidence,
        ...(protocolVersion ? { protocolVersion } : {}),
        ...(productVendor ? { productVendor } : {}),
        ...(productVersion ? { productVersion } : {}),
      },
    };
  }
  const challenge = header(answer.headers, 'www-authenticate');
  const schemes = (challenge ?? '')
    .split(/,\s*(?=[A-Za-z][\w-]*(?:\s|$))/)
    .map((s) => s.trim())
    .filter((s) => WINRM_SCHEMES.test(s))
    .map((s) => printable(s.split(/\s/)[0] ?? s));
  if (answer.status === 401 && schemes.length > 0) {
    return {
      outcome: 'ok',
      evidence: {
        ...evidence,
        authSchemes: schemes,
        detail: 'WS-Management asks for credentials even for Identify',
      },
    };
  }
  const line = printable(`${answer.status} ${answer.reason}`.trim()).slice(0, 120);
  return {
    outcome: 'unexpected-service',
    evidence: {
      ...evidence,
      ...(challenge ? { challenge: printable(challenge).slice(0, 120) } : {}),
      detail: `TLS works, but POST /wsman answered ${line}, not WS-Management`,
    },
  };
}
