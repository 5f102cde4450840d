// The HTTPS prober against a real nginx in the lab, with certificates the openssl CLI makes at test
// time: an inspecting proxy's chain, a self-signed appliance, expired ones, plain HTTP, refusals.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab, type ProbeRow, SERVER, waitForListener } from '../../test/lab/lab.js';
import { startSshd } from '../../test/lab/peers.js';
import { ROOT } from '../../test/paths.js';
import { mustPresentPublicCertificate } from './_tls.js';

const openssl = (dir: string, args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** A lab CA, as an inspecting proxy has: `ca.pem`, `ca.key`, and what `openssl ca` needs to sign. */
function makeCa(dir: string): void {
  openssl(dir, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '30',
    '-subj',
    '/CN=Lab Inspecting CA',
  ]);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  mkdirSync(join(dir, 'issued'));
  writeFileSync(
    join(dir, 'ca.cnf'),
    `[ca]
default_ca = lab
[lab]
database = index.txt
new_certs_dir = issued
serial = serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
`,
  );
}

/** A leaf for `name` signed by the lab CA, valid between the two dates (YYYYMMDDHHMMSSZ) when given. */
function signed(dir: string, file: string, name: string, dates?: [string, string]): void {
  openssl(dir, [
    'req',
    '-new',
    ...EC,
    '-keyout',
    `${file}.key`,
    '-out',
    `${file}.csr`,
    '-subj',
    `/CN=${name}`,
    '-addext',
    `subjectAltName=DNS:${name}`,
  ]);
  const validity = dates ? ['-startdate', dates[0], '-enddate', dates[1]] : ['-days', '30'];
  openssl(dir, [
    'ca',
    '-batch',
    '-notext',
    '-config',
    'ca.cnf',
    '-cert',
    'ca.pem',
    '-keyfile',
    'ca.key',
    '-in',
    `${file}.csr`,
    '-out',
    `${file}.pem`,
    ...validity,
  ]);
}

/** A self-signed certificate for `name`, as ESXi, vCenter and NAS appliances ship with. */
function selfSigned(dir: string, file: string, name: string): void {
  openssl(dir, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    `${file}.key`,
    '-out',
    `${file}.pem`,
    '-days',
    '30',
    '-subj',
    `/CN=${name}`,
    '-addext',
    `subjectAltName=DNS:${name}`,
  ]);
}

const PORTS = {
  intercepted: 8443,
  selfSigned: 8444,
  expiredPublic: 8445,
  expiredPrivate: 8446,
  plainHttp: 8080,
  tls10: 8447,
  cipher: 8448,
  proxy407: 8449,
  proxy403: 8450,
  cdn403: 8451,
  silent: 8452,
  reset: 8453,
  ssh: 8454,
  hangUp: 8455,
  closed: 8999,
} as const;

function nginxConf(dir: string): string {
  const tls = (port: number, cert: string, extra = '', body = 'return 200;') => `
    server {
      listen ${SERVER}:${port} ssl;
      ssl_certificate ${dir}/${cert}.pem;
      ssl_certificate_key ${dir}/${cert}.key;
      ${extra}
      location / { ${body} }
    }`;
  return `
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
master_process off;
events { worker_connections 64; }
http {
  access_log off;
  ssl_protocols TLSv1.2 TLSv1.3;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${tls(PORTS.intercepted, 'helios')}
  ${tls(PORTS.selfSigned, 'vc01')}
  ${tls(PORTS.expiredPublic, 'helios-expired')}
  ${tls(PORTS.expiredPrivate, 'esxi-expired')}
  ${tls(PORTS.tls10, 'helios', 'ssl_protocols TLSv1; ssl_ciphers DEFAULT:@SECLEVEL=0;')}
  ${tls(PORTS.cipher, 'helios', 'ssl_protocols TLSv1.2; ssl_ciphers CAMELLIA256-SHA;')}
  ${tls(PORTS.proxy407, 'helios', '', 'add_header Proxy-Authenticate \'Basic realm="proxy01"\' always; add_header Via "1.1 proxy01 (squid/5.7)" always; return 407;')}
  ${tls(PORTS.proxy403, 'helios', '', 'add_header X-Squid-Error "ERR_ACCESS_DENIED 0" always; add_header Via "1.1 proxy01 (squid/5.7)" always; return 403;')}
  ${tls(PORTS.reset, 'helios')}
  ${tls(PORTS.cdn403, 'helios', '', 'add_header Via "1.1 abc.cloudfront.net (CloudFront)" always; return 403;')}
  server { listen ${SERVER}:${PORTS.plainHttp}; location / { return 200; } }
}
`;
}

describe('https prober', () => {
  let lab: Lab;
  let dir: string;
  let ca: string;
  beforeAll(async () => {
    dir = mkdtempSync('/tmp/portplan-https-');
    makeCa(dir);
    signed(dir, 'helios', 'helios.cohesity.com');
    signed(dir, 'helios-expired', 'helios.cohesity.com', ['20200101000000Z', '20210101000000Z']);
    signed(dir, 'esxi-expired', 'esxi01.corp.example', ['20200101000000Z', '20210101000000Z']);
    selfSigned(dir, 'vc01', 'vc01.corp.example');
    ca = readFileSync(join(dir, 'ca.pem'), 'utf8');
    writeFileSync(join(dir, 'nginx.conf'), nginxConf(dir));
    lab = createLab();
    lab.start(lab.server, 'nginx', [
      '-e',
      join(dir, 'error.log'),
      '-p',
      dir,
      '-c',
      join(dir, 'nginx.conf'),
      '-g',
      'daemon off;',
    ]);
    // Accepts and never speaks: a port something holds open without answering TLS.
    lab.start(lab.server, process.execPath, [
      '-e',
      `require('node:net').createServer(() => {}).listen(${PORTS.silent}, '${SERVER}')`,
    ]);
    // A firewall that lets the connection open, then resets it at the first data (the ClientHello),
    // as application-aware firewalls do to a denied application.
    lab.nft(
      lab.server,
      `table inet lab {
        chain input {
          type filter hook input priority 0;
          tcp dport ${PORTS.reset} tcp flags & psh == psh reject with tcp reset
        }
      }`,
    );
    await waitForListener(lab, lab.server, PORTS.intercepted);
    await waitForListener(lab, lab.server, PORTS.plainHttp);
    // Accepts and closes at once: a port something holds only to turn connections away.
    lab.start(lab.server, process.execPath, [
      '-e',
      `require('node:net').createServer((s) => s.end()).listen(${PORTS.hangUp}, '${SERVER}')`,
    ]);
    await waitForListener(lab, lab.server, PORTS.silent);
    await waitForListener(lab, lab.server, PORTS.hangUp);
    // A service that speaks first, on a port a flow expects TLS on.
    await startSshd(lab, dir, [PORTS.ssh]);
  });
  afterAll(() => {
    lab?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const probe = (tasks: { port: number; name?: string; ca?: boolean }[]): ProbeRow[] =>
    JSON.parse(
      lab.exec(
        lab.client,
        process.execPath,
        [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'test/lab/run-probes-with-ca.ts')],
        JSON.stringify({
          timeoutMs: 800,
          retries: 0,
          tasks: tasks.map((t) => ({
            prober: 'https',
            target: { address: SERVER, port: t.port, transport: 'tcp', ...(t.name ? { name: t.name } : {}) },
            ...(t.ca ? { ca: [ca] } : {}),
          })),
        }),
      ),
    ) as ProbeRow[];

  it('knows which names must present a public certificate', () => {
    expect(mustPresentPublicCertificate('helios.cohesity.com')).toBe(true);
    expect(mustPresentPublicCertificate('bucket.s3.us-west-2.amazonaws.com.')).toBe(true);
    expect(mustPresentPublicCertificate('d111.CLOUDFRONT.net')).toBe(true);
    expect(mustPresentPublicCertificate('notcohesity.com')).toBe(false);
    expect(mustPresentPublicCertificate('vc01.corp.example')).toBe(false);
    expect(mustPresentPublicCertificate(undefined)).toBe(false);
  });

  it('tells an inspecting proxy, a trusted private CA, self-signed and expired certificates apart', () => {
    const [intercepted, trusted, vc01, expiredPublic, expiredPrivate, noName] = probe([
      { port: PORTS.intercepted, name: 'helios.cohesity.com' },
      { port: PORTS.intercepted, name: 'helios.cohesity.com', ca: true },
      { port: PORTS.selfSigned, name: 'vc01.corp.example' },
      { port: PORTS.expiredPublic, name: 'helios.cohesity.com', ca: true },
      { port: PORTS.expiredPrivate, name: 'esxi01.corp.example' },
      { port: PORTS.selfSigned },
    ]);

    expect(intercepted?.outcome).toBe('tls-intercepted');
    expect(intercepted?.evidence).toMatchObject({
      sni: 'helios.cohesity.com',
      subject: 'CN=helios.cohesity.com',
      verified: false,
      selfSigned: false,
      status: 200,
    });
    expect(intercepted?.evidence.anchor).toBeUndefined();
    expect(intercepted?.evidence.detail).toMatch(
      /issued by CN=Lab Inspecting CA .*does not chain to a public root/,
    );

    expect(trusted?.outcome).toBe('ok');
    expect(trusted?.evidence).toMatchObject({
      anchor: 'trusted-ca',
      verified: true,
      issuer: 'CN=Lab Inspecting CA',
      status: 200,
      server: expect.stringMatching(/^nginx/),
      alpn: 'http/1.1',
    });
    expect(trusted?.evidence.protocol).toBe('TLSv1.3');
    expect(typeof trusted?.evidence.cipher).toBe('string');
    expect(typeof trusted?.evidence.latencyMs).toBe('number');
    const chain = trusted?.evidence.chain as {
      subject: string;
      subjectAltNames?: string[];
      daysToExpiry: number;
    }[];
    expect(chain.map((c) => c.subject)).toEqual(['CN=helios.cohesity.com', 'CN=Lab Inspecting CA']);
    expect(chain[0]?.subjectAltNames).toEqual(['DNS:helios.cohesity.com']);
    expect(chain[0]?.daysToExpiry).toBeGreaterThanOrEqual(28);

    expect(vc01?.outcome).toBe('ok');
    expect(vc01?.evidence).toMatchObject({
      selfSigned: true,
      verified: false,
      verifyError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      subject: 'CN=vc01.corp.example',
      issuer: 'CN=vc01.corp.example',
      status: 200,
    });

    expect(expiredPublic?.outcome).toBe('tls-failed');
    expect(expiredPublic?.evidence).toMatchObject({ anchor: 'trusted-ca', verifyError: 'CERT_HAS_EXPIRED' });
    expect(expiredPublic?.evidence.daysToExpiry).toBeLessThan(-365);
    expect(expiredPublic?.evidence.detail).toMatch(
      /does not verify \(CERT_HAS_EXPIRED\): the certificate expired \d+ days ago/,
    );

    expect(expiredPrivate?.outcome).toBe('ok');
    expect(expiredPrivate?.evidence.daysToExpiry).toBeLessThan(-365);
    expect(expiredPrivate?.evidence.warning).toMatch(/^the certificate expired \d+ days ago$/);

    // Without a name there is no SNI, and no public certificate to insist on.
    expect(noName?.outcome).toBe('ok');
    expect(noName?.evidence.sni).toBeUndefined();
  });

  it('tells plain HTTP, SSH, refused handshakes, silence, a hang-up, a reset and a closed port apart', () => {
    const [plain, tls10, cipher, silent, closed, reset, ssh, hangUp] = probe([
      { port: PORTS.plainHttp, name: 'vc01.corp.example' },
      { port: PORTS.tls10, name: 'helios.cohesity.com' },
      { port: PORTS.cipher, name: 'helios.cohesity.com' },
      { port: PORTS.silent, name: 'vc01.corp.example' },
      { port: PORTS.closed, name: 'vc01.corp.example' },
      { port: PORTS.reset, name: 'helios.cohesity.com' },
      { port: PORTS.ssh, name: 'vc01.corp.example' },
      { port: PORTS.hangUp, name: 'vc01.corp.example' },
    ]);
    expect(plain?.outcome).toBe('unexpected-service');
    // OpenSSL reads the answer to the ClientHello; a second, plain connection asks HEAD / and hears nginx.
    expect(plain?.evidence).toMatchObject({
      banner: 'HTTP/1.1 200 OK',
      code: 'ERR_SSL_WRONG_VERSION_NUMBER',
      detail: 'answered, but not in TLS',
    });
    expect(tls10?.outcome).toBe('tls-failed');
    expect(tls10?.evidence).toMatchObject({
      code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      alert: 'protocol_version',
    });
    expect(cipher?.outcome).toBe('tls-failed');
    expect(cipher?.evidence).toMatchObject({ alert: 'handshake_failure' });
    expect(silent?.outcome).toBe('tls-failed');
    expect(silent?.evidence.detail).toBe('the connection opened, but nothing answered the TLS ClientHello');
    expect(closed?.outcome).toBe('refused');
    expect(reset?.outcome).toBe('reset');
    expect(reset?.evidence.code).toBe('ECONNRESET');
    expect(ssh?.outcome).toBe('unexpected-service');
    expect(ssh?.evidence.banner).toMatch(/^SSH-2\.0-OpenSSH_/);
    expect(hangUp?.outcome).toBe('tls-failed');
    expect(hangUp?.evidence.detail).toBe(
      'the server closed the connection without answering the TLS ClientHello',
    );
  });

  it("recognises a proxy's answer, and a CDN's 403 as the destination's own", () => {
    const [auth, denied, cdn] = probe([
      { port: PORTS.proxy407, name: 'helios.cohesity.com', ca: true },
      { port: PORTS.proxy403, name: 'helios.cohesity.com', ca: true },
      { port: PORTS.cdn403, name: 'helios.cohesity.com', ca: true },
    ]);
    expect(auth?.outcome).toBe('unexpected-service');
    expect(auth?.evidence.status).toBe(407);
    expect(auth?.evidence.proxy).toMatch(/^proxy-authenticate: Basic realm="proxy01"; via: 1\.1 proxy01/);
    expect(auth?.evidence.detail).toMatch(/^a proxy answered: 407 \(proxy-authenticate/);
    expect(denied?.outcome).toBe('unexpected-service');
    expect(denied?.evidence.proxy).toMatch(/x-squid-error: ERR_ACCESS_DENIED 0/);
    expect(denied?.evidence.detail).toMatch(/^a proxy answered: 403 Forbidden/);
    expect(cdn?.outcome).toBe('ok');
    expect(cdn?.evidence).toMatchObject({ status: 403, via: '1.1 abc.cloudfront.net (CloudFront)' });
    expect(cdn?.evidence.proxy).toBeUndefined();
  });
});
