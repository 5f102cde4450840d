// TCP: does a connection to the port open? The outcome for every protocol without a prober of its own.
import { connectTcp } from './_connect.js';
import type { Prober } from './_prober.js';

export const tcp: Prober = {
  name: 'tcp',
  transports: ['tcp'],
  async probe(target, _options, { signal }) {
    const connected = await connectTcp(target, signal);
    if ('result' in connected) return connected.result;
    connected.socket.destroy();
    return { outcome: 'ok', evidence: { latencyMs: connected.latencyMs } };
  },
};
