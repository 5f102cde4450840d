// Audit questions written as people write flows: addresses and ports as text, for the audit tests.
import type { FlowQuery } from '../src/audit/evaluate.js';
import { addressInterval, portInterval } from '../src/audit/formats/_cloud.js';

/** A query from addresses and ports as written (`443`, `11113-11117`). */
export function flowQuery(
  from: string,
  to: string,
  protocol: 'tcp' | 'udp',
  ports: readonly string[],
): FlowQuery {
  const s = addressInterval(from);
  const d = addressInterval(to);
  if (!s || !d) throw new Error(`bad flow ${from} → ${to}`);
  return {
    family: s.family,
    src: s.interval,
    dst: d.interval,
    protocol,
    ports: ports.map((p) => {
      const i = portInterval(p);
      if (!i || i === 'all') throw new Error(`bad port ${p}`);
      return i;
    }),
  };
}
