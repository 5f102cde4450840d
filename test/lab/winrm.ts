// A WinRM stand-in for prober tests (no Debian package speaks WS-Management): Debian's nginx over TLS,
// with a self-signed certificate made at test time, answering POST /wsman as a WinRM listener does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lab } from './lab.js';
import { waitForTcp } from './peers.js';

/**
 * What WinRM answers an unauthenticated Identify (`WSMANIDENTIFY: unauthenticated`): the protocol
 * version and vendor, and — without credentials — a zeroed product version (DSP0226 §11,
 * Microsoft's "Detecting Whether a Remote Computer Supports WS-Management Protocol").
 */
export const IDENTIFY_RESPONSE =
  '<s:Envelope xml:lang="en-US" xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Header/><s:Body>' +
  '<wsmid:IdentifyResponse xmlns:wsmid="http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd">' +
  '<wsmid:ProtocolVersion>http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd</wsmid:ProtocolVersion>' +
  '<wsmid:ProductVendor>Microsoft Corporation</wsmid:ProductVendor>' +
  '<wsmid:ProductVersion>OS: 0.0.0 SP: 0.0 Stack: 3.0</wsmid:ProductVersion>' +
  '</wsmid:IdentifyResponse></s:Body></s:Envelope>';

/**
 * One TLS listener: `identify` answers an unauthenticated Identify and challenges everything else
 * (WinRM's defaults); `auth` challenges even the Identify (`401` with `WWW-Authenticate: Negotiate`
 * and `Kerberos`); `web` is a plain web server that has no /wsman (`404`).
 */
export interface WinrmListener {
  address: string;
  port: number;
  mode: 'identify' | 'auth' | 'web';
}

function location(mode: WinrmListener['mode']): string {
  const challenge = `add_header WWW-Authenticate Negotiate always;
        add_header WWW-Authenticate Kerberos always;
        return 401;`;
  if (mode === 'web') return 'location / { return 404; }';
  if (mode === 'auth') return `location = /wsman { ${challenge} }`;
  return `location = /wsman {
        default_type "application/soap+xml;charset=UTF-8";
        if ($http_wsmanidentify = "unauthenticated") { return 200 '${IDENTIFY_RESPONSE}'; }
        ${challenge}
      }`;
}

/**
 * nginx in the foreground with its prefix (pid, logs, temp paths) and a self-signed certificate for
 * `name` in `dir`, one TLS server per listener; resolves once every one listens.
 */
export async function startWinrmStandIn(
  lab: Lab,
  dir: string,
  name: string,
  listeners: WinrmListener[],
): Promise<void> {
  const home = join(dir, 'winrm');
  mkdirSync(join(home, 'logs'), { recursive: true });
  const cert = join(home, 'winrm.pem');
  const key = join(home, 'winrm.key');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '30',
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=DNS:${name}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const servers = listeners.map(
    (l) => `
    server {
      listen ${l.address}:${l.port} ssl;
      ssl_certificate ${cert};
      ssl_certificate_key ${key};
      ${location(l.mode)}
    }`,
  );
  const config = join(home, 'nginx.conf');
  writeFileSync(
    config,
    `pid ${join(home, 'nginx.pid')};
error_log ${join(home, 'logs/error.log')};
master_process off;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${join(home, 'body')};
  proxy_temp_path ${join(home, 'proxy')};
  fastcgi_temp_path ${join(home, 'fastcgi')};
  uwsgi_temp_path ${join(home, 'uwsgi')};
  scgi_temp_path ${join(home, 'scgi')};
  ${servers.join('\n')}
}
`,
  );
  lab.start(lab.server, '/usr/sbin/nginx', [
    '-g',
    'daemon off;',
    '-c',
    config,
    '-p',
    home,
    '-e',
    join(home, 'logs/error.log'),
  ]);
  for (const l of listeners) await waitForTcp(lab, l.address, l.port);
}
