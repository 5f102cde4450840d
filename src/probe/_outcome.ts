// The outcomes a probe can have, each a reason a network engineer can act on, and the evidence behind it.

/**
 * What a probe found, never a bare boolean (DESIGN.md):
 * - `ok`: the service answered as expected;
 * - `refused`: the host answered, nothing listens (a TCP RST to the SYN, an ICMP port unreachable);
 * - `filtered`: silence until the timeout, after a retry: something drops the packets;
 * - `reset`: a connection was made, then reset;
 * - `unreachable`: no route, or an ICMP host/network unreachable or administratively prohibited;
 * - `dns-failed`: the name could not be resolved through the inventory's DNS servers;
 * - `tls-failed`, `tls-intercepted`: the handshake failed, or a name that must present a public
 *   certificate presented one that does not end at a public root (an inspecting proxy);
 * - `unexpected-service`: something answered, but not the protocol expected;
 * - `open|filtered`: a UDP port stayed silent to a protocol query: nothing proves it either way;
 * - `skipped`: not probed from here, with why.
 */
export const OUTCOMES = [
  'ok',
  'refused',
  'filtered',
  'reset',
  'unreachable',
  'dns-failed',
  'tls-failed',
  'tls-intercepted',
  'unexpected-service',
  'open|filtered',
  'skipped',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What a probe saw; every field optional, a prober fills what its protocol gives. */
export interface Evidence {
  /** Round trip of the exchange that decided the outcome, in milliseconds. */
  latencyMs?: number;
  /** The first line a service sent (`SSH-2.0-OpenSSH_9.2`), as printable text. */
  banner?: string;
  /** The system error behind the outcome (`ECONNREFUSED`). */
  code?: string;
  /** Anything else worth showing, in words. */
  detail?: string;
  /** Protocol facts: DNS rcode and answers, NTP stratum and offset, TLS issuer, SMB dialect… */
  [key: string]: unknown;
}

/** The result of one probe: an outcome with its evidence. A failed probe is a result, not an exception. */
export interface ProbeResult {
  outcome: Outcome;
  evidence: Evidence;
}
