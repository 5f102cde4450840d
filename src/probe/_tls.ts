// TLS as probers speak it over a connected socket: the handshake with SNI, the certificate chain as
// evidence, and whether a name that must present a public certificate got one (or an inspecting proxy's).
import { X509Certificate } from 'node:crypto';
import { isIP, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import {
  connect,
  createSecureContext,
  type DetailedPeerCertificate,
  rootCertificates,
  type SecureContext,
  type TLSSocket,
} from 'node:tls';
import { printable } from '../common/printable.js';
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
  /** Leaf first, as presented (completed from the trust store where node could). */
  chain: CertificateEvidence[];
  /** Node's verdict on the chain and the name: trusted root, dates, subject alternative names. */
  verified: boolean;
  verifyError?: string;
  /** The leaf signed itself (ESXi, vCenter and NAS appliances out of the box). */
  selfSigned: boolean;
  /** What the chain ends at: a public root (`tls.rootCertificates`), a CA trusted with `ca`, or neither. */
  anchor?: 'public-root' | 'trusted-ca';
  handshakeMs: number;
}

let publicRoots: X509Certificate[] | undefined;
/**
 * The context of every handshake without private CAs, made once: `tls.connect` would otherwise make
 * one per probe from its options, which set nothing a context holds: 0.2 ms of CPU each (bench/README.md).
 */
let defaultContext: SecureContext | undefined;
function defaultSecureContext(): SecureContext {
  defaultContext ??= createSecureContext();
  return defaultContext;
}
const trusted = new WeakMap<readonly string[], { certificates: X509Certificate[]; context: SecureContext }>();

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
function trustedCas(ca: readonly string[]): { certificates: X509Certificate[]; context: SecureContext } {
  let entry = trusted.get(ca);
  if (!entry) {
    entry = {
      certificates: parsePems(ca),
      context: createSecureContext({ ca: [...rootCertificates, ...ca] }),
    };
    trusted.set(ca, entry);
  }
  return entry;
}

/** Whether `last` is one of `anchors`, or was issued and signed by one. */
function endsAt(last: X509Certificate, anchors: readonly X509Certificate[]): boolean {
  return anchors.some(
    (a) => a.fingerprint256 === last.fingerprint256 || (last.checkIssued(a) && last.verify(a.publicKey)),
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

/** The chain node received, leaf first, each certificate once. */
function chainOf(socket: TLSSocket): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  let current: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  while (current?.raw && !seen.has(current.fingerprint256) && chain.length < 16) {
    seen.add(current.fingerprint256);
    chain.push(new X509Certificate(current.raw));
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
  const now = Date.now();
  const described = chain.map((c) => describe(c, now));
  const leaf = chain[0];
  const last = chain.at(-1);
  publicRoots ??= parsePems(rootCertificates);
  let anchor: TlsEvidence['anchor'];
  if (last && options.ca?.length && endsAt(last, trustedCas(options.ca).certificates)) anchor = 'trusted-ca';
  else if (last && endsAt(last, publicRoots)) anchor = 'public-root';
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
    selfSigned: leaf?.checkIssued(leaf) === true && leaf.verify(leaf.publicKey),
    ...(anchor ? { anchor } : {}),
    handshakeMs: ms,
  };
}

/**
 * Whether the first bytes a server sent can begin a TLS record (RFC 8446 §5.1): a content type
 * change_cipher_spec(20), alert(21), handshake(22) or application_data(23), then a version whose
 * major byte is 3. Anything else is another protocol talking.
 */
function looksLikeTls(bytes: Buffer): boolean {
  const type = bytes[0];
  return type !== undefined && type >= 20 && type <= 23 && (bytes.length < 2 || bytes[1] === 3);
}

/** The alert a handshake error names (`ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE` → `handshake_failure`). */
function alertOf(code: string | undefined): string | undefined {
  const alert = code && /_ALERT_([A-Z_]+)$/.exec(code)?.[1];
  return alert ? alert.toLowerCase() : undefined;
}

/**
 * TLS over `raw`, a connected socket this call takes over: the TLS socket and what the handshake
 * showed, or the result that says why there is none. SNI is `target.name` (never an address: RFC
 * 6066 §3). Verification never stops the handshake — an untrusted chain is evidence, judged by
 * {@link judgeTls}. The bytes the server sends are watched on their way in, so a server speaking
 * something else (plain HTTP, SSH) is told apart from a TLS server refusing the handshake.
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
    const first: Buffer[] = [];
    let firstBytes = 0;
    let rawError: NodeJS.ErrnoException | undefined;
    let rawEnded = false;
    const tap = new Duplex({
      read: () => raw.resume(),
      write: (chunk, _encoding, callback) => raw.write(chunk, callback),
      final: (callback) => raw.end(callback),
      destroy: (error, callback) => {
        raw.destroy();
        callback(error);
      },
    });
    raw.on('data', (chunk: Buffer) => {
      if (firstBytes < 256) {
        first.push(chunk);
        firstBytes += chunk.length;
      }
      if (!tap.push(chunk)) raw.pause();
    });
    raw.on('end', () => {
      rawEnded = true;
      tap.push(null);
    });
    raw.on('error', (error: NodeJS.ErrnoException) => {
      rawError = error;
      tap.destroy(error);
    });
    const sni = target.name && isIP(target.name) === 0 ? target.name : undefined;
    const socket = connect({
      socket: tap,
      rejectUnauthorized: false,
      ...(sni ? { servername: sni } : {}),
      ...(alpn ? { ALPNProtocols: alpn } : {}),
      secureContext: options.ca?.length ? trustedCas(options.ca).context : defaultSecureContext(),
    });
    const fail = (result: ProbeResult) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      raw.destroy();
      resolve({ result });
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
      const said = Buffer.concat(first);
      const latencyMs = performance.now() - started;
      if (said.length > 0 && !looksLikeTls(said)) {
        const line = said.toString('latin1').split(/\r?\n/)[0] ?? '';
        return fail({
          outcome: 'unexpected-service',
          evidence: {
            banner: printable(line.slice(0, 120)),
            detail: 'answered, but not in TLS',
            latencyMs,
          },
        });
      }
      if (said.length === 0 && rawError) {
        return fail({
          outcome: outcomeOfError(rawError.code) ?? 'tls-failed',
          evidence: { code: rawError.code, detail: rawError.message, latencyMs },
        });
      }
      const alert = alertOf(error.code);
      fail({
        outcome: 'tls-failed',
        evidence: {
          ...(error.code ? { code: error.code } : {}),
          ...(alert ? { alert } : {}),
          detail:
            said.length === 0 && rawEnded
              ? 'the server closed the connection without answering the TLS ClientHello'
              : error.message,
          ...(sni ? { sni } : {}),
          latencyMs,
        },
      });
    });
    socket.once('secureConnect', () => {
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
