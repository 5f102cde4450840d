// One spelling per host for comparing flow ends, computed once per end object.
import { addressKey } from '../common/address.js';
import type { FlowEnd } from './types.js';

/**
 * A function giving each flow end its host's one spelling (see `addressKey`), cached per end:
 * plans share end objects between thousands of openings.
 *
 * @example
 * const keyOf = endKeys();
 * keyOf({ role: 'ntp', host: 'NTP.corp.example.', kind: 'hostname' }) // 'ntp.corp.example'
 */
export function endKeys(): (end: FlowEnd) => string {
  const keys = new Map<FlowEnd, string>();
  return (end) => {
    let key = keys.get(end);
    if (key === undefined) {
      key = addressKey(end.host, end.kind);
      keys.set(end, key);
    }
    return key;
  };
}

/** `sc-01 (10.20.0.11)`, or just the host when it has no name: how every output shows a flow end. */
export function formatEnd(e: FlowEnd): string {
  return e.name ? `${e.name} (${e.host})` : e.host;
}
