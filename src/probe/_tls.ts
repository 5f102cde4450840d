// TLS as probers speak it over a connected socket: the handshake with SNI, the certificate chain as
// evidence, and whether a name that must present a public certificate got one (or an inspecting proxy's).
import { X509Certificate } from 'node:crypto';
import { isIP, type Socket } from 'node:net';
import { connect, createSecureContext, rootCertificates, type SecureContext, type TLSSocket } from 'node:tls';
import { printable } from '../common/printable.js';
import { exchangeTcp } from './_banner.js';
import { outcomeOfError } from './_errors.js';
import type { Evidence, ProbeResult } from './_outcome.js';
import type { ProbeOptions, ProbeTarget } from './_prober.js';

/**
 * Domains whose endpoints always present a certificate from a public CA: Cohesity's cloud and the
 * AWS endpoints the connector talks to (S3, Global Accelerator, CloudFront). A chain under one of
 * these names that does not end at a public root cannot be theirs: something in between (an
 * inspecting proxy) re-signed it. Names elsewhere — vCenter, ESXi, NAS management — commonly present
 * self-signed or private-CA certificates, so there a private chain is evidence, not a finding.
 */
export const PUBLIC_CERTIFICATE_DOMAINS = [
  'cohesity.com',
  'amazonaws.com',
  'awsglobalaccelerator.com',
  'cloudfront.net',
] as const;

/** Whether `name` is (under) one of {@link PUBLIC_CERTIFICATE_DOMAINS}. */
export function mustPresentPublicCertificate(name: string | undefined): boolean {
  if (!name) return false;
  const n = name.toLowerCase().replace(/\.$/, '');
  return PUBLIC_CERTIFICATE_DOMAINS.some((d) => n === d || n.endsWith(`.${d}`));
}

/** One certificate of the chain, as a person checks it. */
export interface CertificateEvidence {
  subject: string;
  subjectAltNames?: string[];
  issuer: string;
  notBefore: string;
  notAfter: string;
  /** Whole days until `notAfter`; negative once expired. */
  daysToExpiry: number;
}

/** What a completed handshake showed. */
export interface TlsEvidence extends Evidence {
  /** `TLSv1.3`, `TLSv1.2`. */
  protocol: string;
  cipher: string;
  sni?: string;
  alpn?: string;
  /** The leaf's subject and issuer, and its expiry, for the summary line. */
  subject?: string;
  issuer?: string;
  notAfter?: string;
  daysToExpiry?: number;
  /** Leaf first, as presented, completed with the trusted or public root it ends at. */
  chain: CertificateEvidence[];
  /** Node's verdict on the chain and the name: trusted root, dates, subject alternative names. */
  verified: boolean;
  verifyError?: string;
  /** The leaf is issued by itself (ESXi, vCenter and NAS appliances out of the box). */
  selfSigned: boolean;
  /** What the chain ends at: a public root (`tls.rootCertificates`), a CA trusted with `ca`, or neither. */
  anchor?: 'public-root' | 'trusted-ca';
  handshakeMs: number;
}

/** The public roots, parsed once, by subject, and their fingerprints. */
let publicRoots: Anchors | undefined;
/**
 * The context of every handshake without private CAs, made once: `tls.connect` would otherwise make
 * one per probe from its options, which set nothing a context holds: 0.2 ms of CPU each (bench/README.md).
 */
let defaultContext: SecureContext | undefined;
function defaultSecureContext(): SecureContext {
  defaultContext ??= createSecureContext();
  return defaultContext;
}
const trusted = new WeakMap<readonly string[], { anchors: Anchors; context: SecureContext }>();

/**
 * Certificates a chain may end at, found by subject: a chain's last certificate is checked against
 * the few whose subject is its issuer, not against every public root (about 140) each probe.
 */
interface Anchors {
  fingerprints: Set<string>;
  bySubject: Map<string, X509Certificate[]>;
}

function anchorsOf(certificates: readonly X509Certificate[]): Anchors {
  const bySubject = new Map<string, X509Certificate[]>();
  for (const c of certificates) bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  return { fingerprints: new Set(certificates.map((c) => c.fingerprint256)), bySubject };
}

/** Each PEM certificate in `pems` (a file may hold several). */
function parsePems(pems: readonly string[]): X509Certificate[] {
  const blocks = pems.flatMap(
    (p) => p.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [],
  );
  return blocks.map((b) => new X509Certificate(b));
}

/**
 * The private CAs of `options.ca`, parsed once per list: a secure context built per probe would
 * parse every public root again for each of thousands of targets.
 */
function trustedCas(ca: readonly string[]): { anchors: Anchors; context: SecureContext } {
  let entry = trusted.get(ca);
  if (!entry) {
    entry = {
      anchors: anchorsOf(parsePems(ca)),
      context: createSecureContext({ ca: [...rootCertificates, ...ca] }),
    };
    trusted.set(ca, entry);
  }
  return entry;
}

/**
 * Whether `last` is one of `anchors` (true), or was issued and signed by one (that anchor, which
 * completes the chain as a person reads it); undefined for neither.
 */
function endsAt(last: X509Certificate, anchors: Anchors): X509Certificate | true | undefined {
  if (anchors.fingerprints.has(last.fingerprint256)) return true;
  return (anchors.bySubject.get(last.issuer) ?? []).find(
    (a) => last.checkIssued(a) && last.verify(a.publicKey),
  );
}

const dn = (text: string): string => printable(text.split('\n').join(', '));
const DAY = 86_400_000;

function describe(certificate: X509Certificate, now: number): CertificateEvidence {
  const notAfter = new Date(certificate.validTo);
  const names = certificate.subjectAltName?.split(', ').map(printable);
  return {
    subject: dn(certificate.subject),
    ...(names?.length ? { subjectAltNames: names } : {}),
    issuer: dn(certificate.issuer),
    notBefore: new Date(certificate.validFrom).toISOString(),
    notAfter: notAfter.toISOString(),
    daysToExpiry: Math.floor((notAfter.getTime() - now) / DAY),
  };
}

/**
 * The chain node received, leaf first, each certificate once. `getPeerX509Certificate` hands over
 * the certificates OpenSSL already parsed; `getPeerCertificate(true)` would turn each into a plain
 * object and back, a third of a probe's CPU (bench/README.md).
 */
function chainOf(socket: TLSSocket): X509Certificate[] {
  const chain: X509Certificate[] = [];
  let current: X509Certificate | undefined = socket.getPeerX509Certificate();
  while (
    current &&
    chain.length < 16 &&
    !chain.some((c) => c === current || c.raw.equals(current?.raw as Buffer))
  ) {
    chain.push(current);
    current = current.issuerCertificate;
  }
  return chain;
}

function evidenceOf(
  socket: TLSSocket,
  options: ProbeOptions,
  sni: string | undefined,
  ms: number,
): TlsEvidence {
  const chain = chainOf(socket);
  const leaf = chain[0];
  const last = chain.at(-1);
  publicRoots ??= anchorsOf(parsePems(rootCertificates));
  let anchor: TlsEvidence['anchor'];
  const trustedAt = last && options.ca?.length ? endsAt(last, trustedCas(options.ca).anchors) : undefined;
  const publicAt = last && !trustedAt ? endsAt(last, publicRoots) : undefined;
  if (trustedAt) anchor = 'trusted-ca';
  else if (publicAt) anchor = 'public-root';
  // A server need not send the root it chains to; the chain shown ends at it all the same.
  const root = trustedAt ?? publicAt;
  if (root && root !== true) chain.push(root);
  const now = Date.now();
  const described = chain.map((c) => describe(c, now));
  const alpn = socket.alpnProtocol;
  return {
    protocol: socket.getProtocol() ?? 'unknown',
    cipher: socket.getCipher().standardName,
    ...(sni ? { sni } : {}),
    ...(alpn ? { alpn } : {}),
    ...(described[0]
      ? {
          subject: described[0].subject,
          issuer: described[0].issuer,
          notAfter: described[0].notAfter,
          daysToExpiry: described[0].daysToExpiry,
        }
      : {}),
    chain: described,
    verified: socket.authorized,
    ...(socket.authorizationError ? { verifyError: String(socket.authorizationError) } : {}),
    // Issued by itself: its issuer is its subject, and its key identifiers match (RFC 5280 §6.1).
    selfSigned: leaf?.checkIssued(leaf) === true,
    ...(anchor ? { anchor } : {}),
    handshakeMs: ms,
  };
}

/**
 * The handshake errors OpenSSL raises when what came back cannot be a TLS record (RFC 8446 §5.1: a
 * content type 20–23, then a version whose major byte is 3): another protocol is talking.
 */
const NOT_TLS = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_HTTP_REQUEST',
  'ERR_SSL_UNKNOWN_PROTOCOL',
  'ERR_SSL_RECORD_LAYER_FAILURE',
]);

/** The alert a handshake error names (`ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE` → `handshake_failure`). */
function alertOf(code: string | undefined): string | undefined {
  const alert = code && /_ALERT_([A-Z_]+)$/.exec(code)?.[1];
  return alert ? alert.toLowerCase() : undefined;
}

/** How long a second, plain connection listens to a service that did not answer in TLS. */
const PLAIN_LISTEN_MS = 1000;

/**
 * What a service that did not answer in TLS says on a plain connection: its banner if it speaks
 * first (SSH, SMTP), else its answer to `HEAD / HTTP/1.0` (plain HTTP on a TLS port is the usual
 * case). The handshake's own bytes go to OpenSSL, not to us, hence the second connection; it is
 * only made when the handshake has already failed.
 */
async function plainBanner(target: ProbeTarget, signal: AbortSignal): Promise<string | undefined> {
  const stop = AbortSignal.any([signal, AbortSignal.timeout(PLAIN_LISTEN_MS)]);
  const exchange = await exchangeTcp(
    { address: target.address, port: target.port, transport: 'tcp' },
    stop,
    'HEAD / HTTP/1.0\r\n\r\n',
    (data) => data.includes(0x0a),
    256,
  );
  if ('result' in exchange || exchange.reading.data.length === 0) return undefined;
  const data = exchange.reading.data;
  const line = data.subarray(0, data.indexOf(0x0a) >= 0 ? data.indexOf(0x0a) : data.length);
  return printable(line.toString('latin1').replace(/\r$/, '').slice(0, 120));
}

/**
 * TLS over `raw`, a connected socket this call takes over: the TLS socket and what the handshake
 * showed, or the result that says why there is none. SNI is `target.name` (never an address: RFC
 * 6066 §3). Verification never stops the handshake — an untrusted chain is evidence, judged by
 * {@link judgeTls}. A server speaking something else (plain HTTP, SSH) is told apart from a TLS
 * server refusing the handshake by OpenSSL's error, and what it says instead is heard on a second,
 * plain connection (direct ones only: through a proxy the tunnel is the proxy's to make).
 */
export function handshakeTls(
  raw: Socket,
  target: ProbeTarget,
  options: ProbeOptions,
  signal: AbortSignal,
  alpn?: string[],
): Promise<{ socket: TLSSocket; evidence: TlsEvidence } | { result: ProbeResult }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const sni = target.name && isIP(target.name) === 0 ? target.name : undefined;
    // The TCP socket is handed over as it is, so that TLS runs on node's native stream: a JavaScript
    // stream in between, to watch the bytes, cost a tenth of a probe's CPU (bench/README.md).
    const socket = connect({
      socket: raw,
      rejectUnauthorized: false,
      ...(sni ? { servername: sni } : {}),
      ...(alpn ? { ALPNProtocols: alpn } : {}),
      secureContext: options.ca?.length ? trustedCas(options.ca).context : defaultSecureContext(),
    });
    let settled = false;
    const fail = (result: ProbeResult | Promise<ProbeResult>) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      raw.destroy();
      void Promise.resolve(result).then((r) => resolve({ result: r }));
    };
    const onAbort = () =>
      fail({
        outcome: 'tls-failed',
        evidence: {
          detail: 'the connection opened, but nothing answered the TLS ClientHello',
          ...(sni ? { sni } : {}),
        },
      });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const latencyMs = performance.now() - started;
      const code = error.code;
      if (code && NOT_TLS.has(code)) {
        const direct = !options.proxy;
        return fail(
          (direct ? plainBanner(target, signal) : Promise.resolve(undefined)).then((banner) => ({
            outcome: 'unexpected-service' as const,
            evidence: {
              ...(banner ? { banner } : {}),
              code,
              detail: 'answered, but not in TLS',
              latencyMs,
            },
          })),
        );
      }
      // A reset shows as a failed read; a peer that closes before its ServerHello as a disconnect.
      if (error.syscall) {
        return fail({
          outcome: outcomeOfError(code) ?? 'tls-failed',
          evidence: { ...(code ? { code } : {}), detail: error.message, latencyMs },
        });
      }
      const alert = alertOf(code);
      const closed = code === 'ECONNRESET';
      fail({
        outcome: 'tls-failed',
        evidence: {
          ...(code && !closed ? { code } : {}),
          ...(alert ? { alert } : {}),
          detail: closed
            ? 'the server closed the connection without answering the TLS ClientHello'
            : error.message,
          ...(sni ? { sni } : {}),
          latencyMs,
        },
      });
    });
    socket.once('secureConnect', () => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve({ socket, evidence: evidenceOf(socket, options, sni, performance.now() - started) });
    });
  });
}

/** A handshake's verdict: the outcome it decides, and why in words. */
export interface TlsVerdict {
  outcome: 'ok' | 'tls-failed' | 'tls-intercepted';
  detail?: string;
  warning?: string;
}

/**
 * What a completed handshake means for `target`. A name that must present a public certificate
 * ({@link PUBLIC_CERTIFICATE_DOMAINS}) and shows a chain ending anywhere but a public root or a CA
 * trusted with `ca` is `tls-intercepted`; one that ends there but does not verify (expired, wrong
 * name) is `tls-failed`, since the connector would refuse it just the same. Any other name's
 * certificate — self-signed, private CA, even expired — is evidence, not a failure: vCenter, ESXi
 * and NAS management present such certificates and the connector is set up to accept them; an
 * expired one is a warning.
 */
export function judgeTls(target: ProbeTarget, evidence: TlsEvidence): TlsVerdict {
  const days = evidence.daysToExpiry;
  const expired = days !== undefined && days < 0 ? `the certificate expired ${-days} days ago` : undefined;
  if (mustPresentPublicCertificate(target.name)) {
    if (!evidence.anchor) {
      const top = evidence.chain.at(-1)?.issuer;
      const by = top && top !== evidence.issuer ? `${evidence.issuer} (under ${top})` : evidence.issuer;
      return {
        outcome: 'tls-intercepted',
        detail: `${target.name} must present a public certificate, but the one presented was issued by ${by ?? 'an unknown issuer'} and does not chain to a public root: an inspecting proxy re-signs this traffic (trust its CA with --ca-file if it is yours)`,
      };
    }
    if (!evidence.verified) {
      return {
        outcome: 'tls-failed',
        detail: `the certificate does not verify (${evidence.verifyError ?? 'unknown reason'})${expired ? `: ${expired}` : ''}`,
      };
    }
  }
  return expired ? { outcome: 'ok', warning: expired } : { outcome: 'ok' };
}
