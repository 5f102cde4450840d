// The one signature every prober implements; the scheduler (src/check) owns timeouts, retries and timing.
import type { App } from '../catalog/schema.js';
import type { Transport } from '../plan/types.js';
import type { ProbeResult } from './_outcome.js';

/** Where a probe goes: one address (already resolved), one port, one transport. */
export interface ProbeTarget {
  /** An IPv4 or IPv6 address. */
  address: string;
  port: number;
  transport: Transport;
  /** The name the flow uses, for TLS SNI and HTTP Host, when it has one. */
  name?: string;
  /**
   * Set by the scheduler, never by a caller: how long a TCP connection may take before the attempt
   * is `filtered`, learnt from the round trips seen (undefined until enough are known: asked again
   * while the connection waits), and where connectTcp reports each round trip.
   */
  connectTimeoutMs?: () => number | undefined;
  onConnect?: (ms: number) => void;
}

/** Settings a prober may need beyond the target. */
export interface ProbeOptions {
  /** How long the prober may wait for one exchange; the scheduler also aborts through `signal`. */
  timeoutMs: number;
  /** A name to ask a DNS server for. */
  query?: string;
  /**
   * PEM certificates of private CAs to trust besides the public roots (`--ca-file`): a chain that
   * ends at one of them is trusted, not an interception.
   */
  ca?: readonly string[];
  /**
   * An HTTP proxy to reach the target through (`HTTPS_PROXY`, `--proxy`): the prober connects to
   * it and asks for a tunnel to `target.name:target.port` (HTTP CONNECT, RFC 9110 §9.3.6).
   */
  proxy?: { address: string; port: number };
}

/**
 * A prober speaks one application protocol to a target and says what it found. It never throws
 * for a network failure — that is an outcome — and stops when `signal` aborts.
 */
export interface Prober {
  /** Registry key, file name and the catalog's `app` it speaks. */
  readonly name: App;
  readonly transports: readonly Transport[];
  probe(target: ProbeTarget, options: ProbeOptions, context: { signal: AbortSignal }): Promise<ProbeResult>;
}
