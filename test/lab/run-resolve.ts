// Resolve names given as JSON on standard input through resolveName and print the results: how the
// DNS tests resolve from inside a lab namespace, as test/lab/run-probes.ts probes from there.
import { readFileSync } from 'node:fs';
import type { Transport } from '../../src/plan/types.js';
import { resolveName } from '../../src/probe/dns.js';

interface Resolution {
  name: string;
  servers: string[];
  transport: Transport;
  port?: number;
  timeoutMs?: number;
}

const input = JSON.parse(readFileSync(0, 'utf8')) as Resolution[];
const results = await Promise.all(
  input.map((r) =>
    resolveName(r.name, r.servers, r.transport, AbortSignal.timeout(r.timeoutMs ?? 1000), r.port),
  ),
);
process.stdout.write(JSON.stringify(results));
