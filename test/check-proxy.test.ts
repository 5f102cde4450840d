// `portplan check` through a real HTTP proxy (Debian's squid, forward mode): HTTPS flows to names
// tunnel through it (CONNECT), NO_PROXY sends some direct, each result says which way it went,
// and --ca-file tells a private CA from an inspecting proxy's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT, createLab, type Lab, SERVER, serverAddress, waitForListener } from './lab/lab.js';
import { startDnsmasq, startSquid, waitForTcp } from './lab/peers.js';
import { CLI } from './paths.js';

const openssl = (dir: string, args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

/** A private CA and a certificate it signs for helios.cohesity.com. */
function certificates(dir: string): void {
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Lab Private CA',
  ]);
  openssl(dir, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'helios.key',
    '-out',
    'helios.csr',
    '-subj',
    '/CN=helios.cohesity.com',
  ]);
  writeFileSync(
    join(dir, 'san.ext'),
    'subjectAltName=DNS:helios.cohesity.com,DNS:s3.us-west-2.amazonaws.com\n',
  );
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'helios.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'helios.pem',
    '-days',
    '2',
    '-extfile',
    'san.ext',
  ]);
}

describe('portplan check through a proxy', () => {
  let lab: Lab;
  const dir = mkdtempSync(join(tmpdir(), 'portplan-proxy-'));
  const inventory = join(dir, 'site.yaml');
  beforeAll(async () => {
    lab = createLab(2);
    certificates(dir);
    // The destinations: an HTTPS server on two lab addresses, with the private CA's certificate.
    for (const address of [serverAddress(0), serverAddress(1)]) {
      lab.start(lab.server, process.execPath, [
        '-e',
        `const fs = require('node:fs');
         require('node:https').createServer({ key: fs.readFileSync('${join(dir, 'helios.key')}'), cert: fs.readFileSync('${join(dir, 'helios.pem')}') }, (q, r) => r.end()).listen(443, '${address}')`,
      ]);
    }
    startDnsmasq(lab, dir, [
      `--address=/helios.cohesity.com/${serverAddress(0)}`,
      `--address=/helios-data.cohesity.com/${serverAddress(0)}`,
      `--address=/s3.us-west-2.amazonaws.com/${serverAddress(1)}`,
    ]);
    await startSquid(lab, dir, 3128, SERVER, [
      // Only the control path is allowed through: telemetry is what a forgotten allow-list entry looks like.
      'acl allowed dstdomain helios.cohesity.com s3.us-west-2.amazonaws.com',
      'acl CONNECT method CONNECT',
      'http_access allow CONNECT allowed',
      'http_access deny all',
      `dns_nameservers ${SERVER}`,
      'hosts_file none',
    ]);
    writeFileSync(
      inventory,
      `cloud: { region: us-west-2 }\nconnectors: [{ name: sc-01, address: ${CLIENT} }]\nservices: { dns: [${SERVER}] }\n`,
    );
    await Promise.all([
      waitForTcp(lab, serverAddress(0), 443),
      waitForTcp(lab, serverAddress(1), 443),
      waitForListener(lab, lab.server, 53, true),
    ]);
  });
  afterAll(() => {
    lab?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  type Result = {
    flow: { requirement: string; to: { host: string } };
    address: string;
    outcome: string;
    evidence: Record<string, unknown>;
  };
  function check(args: string[], env: Record<string, string> = {}): Result[] {
    let stdout: string;
    try {
      stdout = execFileSync(
        'ip',
        [
          'netns',
          'exec',
          lab.client,
          process.execPath,
          CLI,
          'check',
          inventory,
          '--format',
          'json',
          '--timeout',
          '1500',
          ...args,
        ],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (error) {
      stdout = (error as { stdout: string }).stdout;
    }
    return JSON.parse(stdout).results as Result[];
  }
  const to = (results: Result[], host: string) => results.find((r) => r.flow.to.host === host) as Result;

  it('tunnels HTTPS to names through the proxy, says so, and reports what the proxy refuses', () => {
    const results = check(['--ca-file', join(dir, 'ca.pem')], { HTTPS_PROXY: `http://${SERVER}:3128` });
    const helios = to(results, 'helios.cohesity.com');
    expect([
      helios.outcome,
      helios.address,
      helios.evidence.path,
      helios.evidence.proxy,
      helios.evidence.status,
    ]).toEqual(['ok', SERVER, 'proxy', `${SERVER}:3128`, 200]);
    const telemetry = to(results, 'helios-data.cohesity.com');
    expect(telemetry.outcome).toBe('unexpected-service');
    expect(telemetry.evidence.proxyStatus).toBe(403);
    expect(telemetry.evidence.detail).toMatch(
      new RegExp(
        `^the proxy ${SERVER}:3128 refused the tunnel to helios-data\\.cohesity\\.com:443: HTTP/1\\.1 403 Forbidden`,
      ),
    );
  });

  it('sends NO_PROXY destinations direct, and --proxy overrides the environment', () => {
    const results = check(
      ['--ca-file', join(dir, 'ca.pem'), '--proxy', `${SERVER}:3128`, '--no-proxy', '.amazonaws.com'],
      {
        HTTPS_PROXY: 'http://198.18.0.99:1',
      },
    );
    const s3 = to(results, '*.s3.us-west-2.amazonaws.com');
    expect([s3.outcome, s3.address, s3.evidence.path]).toEqual(['ok', serverAddress(1), 'direct']);
    expect(to(results, 'helios.cohesity.com').evidence.path).toBe('proxy');
    // The same from the environment alone: NO_PROXY as curl and most tools read it.
    const env = check(['--ca-file', join(dir, 'ca.pem')], {
      HTTPS_PROXY: `http://${SERVER}:3128`,
      NO_PROXY: 'localhost,.amazonaws.com',
    });
    expect(to(env, '*.s3.us-west-2.amazonaws.com').evidence.path).toBe('direct');
    expect(to(env, 'helios.cohesity.com').evidence.path).toBe('proxy');
  });

  it('without --ca-file, the private chain on a public name reads as an inspecting proxy', () => {
    const helios = to(check(['--proxy', `http://${SERVER}:3128`]), 'helios.cohesity.com');
    expect(helios.outcome).toBe('tls-intercepted');
    expect(String(helios.evidence.detail)).toContain('Lab Private CA');
  });
});
