// Stand-in listeners for the inbound side: open every port the flows into one host need, and note who came.
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { addressBlock, addressKey, classifyAddress, isIp } from '../common/address.js';
import type { Flow, FlowEnd, Plan, Transport } from '../plan/types.js';
import { serveStandIn } from '../probe/_rpc.js';

/** One port a listener opened, or could not. */
export interface Opened {
  readonly port: number;
  readonly transport: Transport;
  readonly address: string;
  /** Why the port could not be opened (`EADDRINUSE`: something already listens; `EACCES`). */
  readonly error?: string;
}

/** A connection (or datagram) that arrived, with the flows it proves. */
export interface Heard {
  readonly at: string;
  readonly source: string;
  readonly port: number;
  readonly transport: Transport;
  /** The requirements whose flows it proves; empty when no flow names that source. */
  readonly requirements: readonly string[];
}

/** Whether each expected source was heard on each port. */
export interface Expected {
  readonly source: FlowEnd;
  readonly port: number;
  readonly transport: Transport;
  readonly requirements: readonly string[];
  readonly heard: boolean;
}

/** What the HTTP and HTTPS stand-ins answer: no content, and the connection closed. */
const HTTP_NO_CONTENT = 'HTTP/1.1 204 No Content\r\nServer: portplan-listen\r\nConnection: close\r\n\r\n';

export interface ListenOptions {
  /** A certificate and key (PEM) for the HTTPS stand-ins; without one they accept and close. */
  readonly certificate?: { key: string; cert: string };
  /** The inventory host this machine stands in for. */
  readonly as: string;
  readonly dnsServers: readonly string[];
  /** Stops the listeners. */
  readonly signal: AbortSignal;
  readonly onOpened?: (opened: Opened) => void;
  readonly onHeard?: (heard: Heard) => void;
}

function matchesHost(end: FlowEnd, name: string): boolean {
  if (end.name === name) return true;
  const c = classifyAddress(name);
  return 'kind' in c && addressKey(end.host, end.kind) === addressKey(name, c.kind);
}

/** Whether `address` is one of the addresses `end` stands for (`names` holds what its name resolved to). */
function contains(end: FlowEnd, address: string, names: Map<string, string[]>): boolean {
  const plain = address.replace(/^::ffff:/, '');
  if (end.kind === 'hostname') return (names.get(end.host) ?? []).includes(plain);
  const block = addressBlock(end.host, end.kind);
  const at = isIp(plain) ? addressBlock(plain, 'ip') : undefined;
  return !!block && !!at && block.family === at.family && block.first <= at.first && at.first <= block.last;
}

/**
 * Listen on every port of every network flow into `options.as` until `signal` aborts; resolves
 * with what was opened, what was heard, and each expected (source, port) heard or not.
 */
export async function listenFor(
  plan: Plan,
  options: ListenOptions,
): Promise<{ opened: Opened[]; heard: Heard[]; expected: Expected[] }> {
  const flows = plan.flows.filter(
    (f) => f.scope === 'network' && f.ports !== 'any' && matchesHost(f.to, options.as),
  );
  const resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([...options.dnsServers]);
  const names = new Map<string, string[]>();
  for (const f of flows) {
    if (f.from.kind !== 'hostname' || names.has(f.from.host)) continue;
    const [v4, v6] = await Promise.allSettled([
      resolver.resolve4(f.from.host),
      resolver.resolve6(f.from.host),
    ]);
    names.set(f.from.host, [
      ...(v4.status === 'fulfilled' ? v4.value : []),
      ...(v6.status === 'fulfilled' ? v6.value : []),
    ]);
  }
  const to = flows[0]?.to;
  // The stand-in listens where the host will: its own address when the inventory gives one.
  const bindTo = to && to.kind === 'ip' ? to.host : undefined;
  const ports = new Map<string, { port: number; transport: Transport; flows: Flow[] }>();
  for (const f of flows) {
    for (const port of f.ports as readonly number[]) {
      const key = `${port}/${f.transport}`;
      const entry = ports.get(key) ?? { port, transport: f.transport, flows: [] };
      entry.flows.push(f);
      ports.set(key, entry);
    }
  }
  const opened: Opened[] = [];
  const heard: Heard[] = [];
  const closers: (() => void)[] = [];
  // Connections still open when it stops (a client that holds one, a stand-in waiting for more)
  // would keep the process alive after its listeners close: they are cut.
  const connections = new Set<Socket>();
  const note = (source: string, port: number, transport: Transport, candidates: Flow[]) => {
    const proving = candidates.filter((f) => contains(f.from, source, names));
    const h: Heard = {
      at: new Date().toISOString(),
      source: source.replace(/^::ffff:/, ''),
      port,
      transport,
      requirements: [...new Set(proving.flatMap((f) => f.requirements))],
    };
    heard.push(h);
    options.onHeard?.(h);
  };
  await Promise.all(
    [...ports.values()].map(
      ({ port, transport, flows: candidates }) =>
        new Promise<void>((resolve) => {
          const address = bindTo ?? (transport === 'tcp' ? '::' : '0.0.0.0');
          const done = (error?: NodeJS.ErrnoException) => {
            const o: Opened = {
              port,
              transport,
              address,
              ...(error ? { error: error.code ?? error.message } : {}),
            };
            opened.push(o);
            options.onOpened?.(o);
            resolve();
          };
          if (transport === 'tcp') {
            // Each stand-in answers in the protocol the prober on the other side expects, so that
            // a check proves the path, not a quirk of the stand-in: RPC for the portmapper and NFS,
            // HTTP on an HTTP port, TLS and then HTTP on an HTTPS port; a plain accept elsewhere.
            const apps = candidates.map((f) => f.portApps?.[port] ?? f.app);
            const rpc = apps.some((a) => a === 'portmapper' || a === 'nfs');
            const https = apps.includes('https') && options.certificate;
            const http = apps.includes('http') || https;
            const answer = (socket: Socket | TLSSocket) => {
              socket.on('error', () => {});
              if (rpc) serveStandIn(socket as Socket);
              else if (http) {
                socket.once('data', () => socket.end(HTTP_NO_CONTENT));
              } else socket.end();
            };
            const server: Server = https
              ? createTlsServer({ key: https.key, cert: https.cert }, answer)
              : createServer(answer);
            // A connection counts when it arrives, before any handshake: the path is what is proven.
            server.on('connection', (socket: Socket) => {
              connections.add(socket);
              socket.once('close', () => connections.delete(socket));
              note(socket.remoteAddress ?? '', port, transport, candidates);
            });
            server.once('error', (e: NodeJS.ErrnoException) => done(e));
            server.listen({ port, host: address }, () => {
              closers.push(() => server.close());
              done();
            });
          } else {
            const socket: UdpSocket = createSocket(address.includes(':') ? 'udp6' : 'udp4');
            socket.on('message', (_msg, rinfo) => note(rinfo.address, port, transport, candidates));
            socket.once('error', (e: NodeJS.ErrnoException) => done(e));
            socket.bind(port, address, () => {
              closers.push(() => socket.close());
              done();
            });
          }
        }),
    ),
  );
  if (!options.signal.aborted)
    await new Promise((r) => options.signal.addEventListener('abort', r, { once: true }));
  for (const close of closers) close();
  for (const socket of connections) socket.destroy();
  const expected: Expected[] = [];
  for (const { port, transport, flows: candidates } of ports.values()) {
    for (const f of candidates) {
      expected.push({
        source: f.from,
        port,
        transport,
        requirements: f.requirements,
        heard: heard.some(
          (h) => h.port === port && h.transport === transport && contains(f.from, h.source, names),
        ),
      });
    }
  }
  opened.sort((a, b) => a.port - b.port || a.transport.localeCompare(b.transport));
  return { opened, heard, expected };
}
