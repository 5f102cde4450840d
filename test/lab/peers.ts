// Real peers for prober tests, started in a lab namespace with every file they write in a temp dir:
// OpenSSH's sshd, nginx, squid, a gRPC server from @grpc/grpc-js, and small Node servers where the issue
// allows a stand-in.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Lab, SERVER } from './lab.js';

/** A temp dir for one test file's peers; `cleanup()` removes it. */
export function peerDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'portplan-peers-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * sshd in the foreground (`-D -e`), with a fresh host key and its pid file in `dir`, on `ports`
 * of `address`. It needs its privilege-separation directory, /run/sshd, as Debian's unit makes it.
 */
export async function startSshd(lab: Lab, dir: string, ports: number[], address = SERVER): Promise<void> {
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const key = join(dir, 'ssh_host_ed25519_key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      ...ports.map((p) => `Port ${p}`),
      `ListenAddress ${address}`,
      `HostKey ${key}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      'UsePAM no',
      // The temp dir belongs to the test, not to a user's home: no ownership checks to fail.
      'StrictModes no',
      '',
    ].join('\n'),
  );
  lab.start(lab.server, '/usr/sbin/sshd', ['-D', '-e', '-f', config]);
  for (const port of ports) await waitForTcp(lab, address, port);
}

/**
 * nginx in the foreground, its prefix (pid, logs, even the startup log `-e`, temp paths) in `dir`, answering `/` on each of
 * `ports` of `address` with a short page.
 */
export async function startNginx(lab: Lab, dir: string, ports: number[], address = SERVER): Promise<void> {
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs/error.log')};
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  server {
${ports.map((p) => `    listen ${address}:${p};`).join('\n')}
    location / { return 200 "portplan lab\\n"; }
  }
}
`,
  );
  lab.start(lab.server, '/usr/sbin/nginx', [
    '-g',
    'daemon off;',
    '-c',
    config,
    '-p',
    dir,
    '-e',
    join(dir, 'logs/error.log'),
  ]);
  for (const port of ports) await waitForTcp(lab, address, port);
}

/**
 * A Node TCP server in the server namespace running `onConnection` (the body of `(socket) => …`)
 * for each connection: for the stand-ins the issue allows and for behaviours no daemon has on demand.
 */
export async function startNodeServer(lab: Lab, port: number, onConnection: string, address = SERVER) {
  lab.start(lab.server, process.execPath, [
    '-e',
    `require('node:net').createServer((socket) => { socket.on('error', () => {}); ${onConnection} }).listen(${port}, '${address}')`,
  ]);
  await waitForTcp(lab, address, port);
}

/**
 * squid in the foreground (`-N`), standing on `address`:`port` in place of the web server as an
 * intercepting proxy does (accelerator mode takes the destination from Host), and refusing every
 * request: its 403 error page is what a proxy's refusal looks like. Its logs and pid file are in a
 * `squid` dir under `dir`, writable by the user squid drops to.
 */
export async function startSquid(
  lab: Lab,
  dir: string,
  port: number,
  address = SERVER,
  forward?: readonly string[],
): Promise<void> {
  const home = join(dir, 'squid');
  mkdirSync(home, { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(home, 0o777);
  const config = join(home, 'squid.conf');
  writeFileSync(
    config,
    [
      // With `forward` rules, a forward proxy (CONNECT tunnels) that applies them instead.
      forward ? `http_port ${address}:${port}` : `http_port ${address}:${port} accel`,
      ...(forward ?? ['http_access deny all']),
      'cache deny all',
      'cache_mem 8 MB',
      'access_log none',
      `cache_log ${join(home, 'cache.log')}`,
      `pid_filename ${join(home, 'squid.pid')}`,
      `coredump_dir ${home}`,
      'netdb_filename none',
      'visible_hostname proxy.lab.example',
      'shutdown_lifetime 0 seconds',
      '',
    ].join('\n'),
  );
  lab.start(lab.server, '/usr/sbin/squid', ['-N', '-f', config]);
  await waitForTcp(lab, address, port);
}

/**
 * A gRPC server from `@grpc/grpc-js`, the reference implementation for Node, on `address`:`port`
 * without TLS (as the agents' 50051): no services, since the prober only exchanges HTTP/2 SETTINGS.
 */
export async function startGrpcServer(lab: Lab, port: number, address = SERVER): Promise<void> {
  const grpcJs = createRequire(import.meta.url).resolve('@grpc/grpc-js');
  lab.start(lab.server, process.execPath, [
    '-e',
    `const grpc = require(${JSON.stringify(grpcJs)});
     new grpc.Server().bindAsync('${address}:${port}', grpc.ServerCredentials.createInsecure(), (error) => {
       if (error) { console.error(error); process.exit(1); }
     });`,
  ]);
  await waitForTcp(lab, address, port);
}

/**
 * Wait until something listens on `address`:`port` in the server namespace; unlike
 * `waitForListener`, a listener on the same port of another address does not count.
 */
export async function waitForTcp(lab: Lab, address: string, port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const out = lab.exec(lab.server, 'ss', ['-Hlnt', `src = ${address}:${port}`]);
    if (out.trim() !== '') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${address}:${port}/tcp in ${lab.server} after 5 s`);
}

/**
 * dnsmasq in the foreground on `listen` (the server's address by default), answering only what
 * `options` say (`--address=/name/ip`…): no upstream, no hosts file, its pid file in `dir`.
 */
export function startDnsmasq(lab: Lab, dir: string, options: string[], listen: string[] = [SERVER]): void {
  lab.start(lab.server, 'dnsmasq', [
    '--keep-in-foreground',
    '--no-resolv',
    '--no-hosts',
    '--conf-file=/dev/null',
    `--pid-file=${join(dir, 'dnsmasq.pid')}`,
    ...listen.map((address) => `--listen-address=${address}`),
    '--bind-interfaces',
    ...options,
  ]);
}
