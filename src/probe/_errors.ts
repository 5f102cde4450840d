// How a socket error reads as an outcome: the kernel's word for what stood in the way.
import type { Outcome } from './_outcome.js';

/**
 * The outcome a system error code stands for. ECONNREFUSED is the peer's RST (or an ICMP port
 * unreachable): the host is there, nothing listens. EHOSTUNREACH, ENETUNREACH and EACCES/EPERM
 * come from ICMP unreachables, a missing route or a local firewall's reject.
 */
export function outcomeOfError(code: string | undefined): Outcome | undefined {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EACCES':
    case 'EPERM':
    case 'EADDRNOTAVAIL':
      return 'unreachable';
    case 'ETIMEDOUT':
      return 'filtered';
    default:
      return undefined;
  }
}
