// The README's check run: a connector's view of a small site in the lab, with a few things broken on
// purpose (an inspecting proxy's certificate, names DNS does not know, a closed port, a dropped one).
// Run as root: npx tsx test/lab/demo.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../paths.js';
import { startChronyd } from './chrony.js';
import { CLIENT, createLab, SERVER, serverAddress, waitForListener } from './lab.js';
import { peerDir, startDnsmasq, startSshd, waitForTcp } from './peers.js';

const lab = createLab(4);
const { dir, cleanup } = peerDir();
try {
  // Cohesity's cloud names, through the site's DNS server (dnsmasq).
  startDnsmasq(lab, dir, [
    `--address=/helios.cohesity.com/${serverAddress(0)}`,
    `--address=/rt.cohesity.com/${serverAddress(1)}`,
  ]);
  await startSshd(lab, dir, [22], serverAddress(1));
  // An inspecting proxy's certificate on helios.cohesity.com.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'k.pem'),
      '-out',
      join(dir, 'c.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=Corp Inspection CA',
      '-addext',
      'subjectAltName=DNS:helios.cohesity.com',
    ],
    { stdio: 'pipe' },
  );
  lab.start(lab.server, process.execPath, [
    '-e',
    `const fs=require('fs'); require('https').createServer({key: fs.readFileSync('${join(dir, 'k.pem')}'), cert: fs.readFileSync('${join(dir, 'c.pem')}')}, (q, r) => r.end()).listen(443, '${serverAddress(0)}')`,
  ]);
  // The vCenter's API answers; ESXi's 902 is dropped by a firewall.
  lab.start(lab.server, process.execPath, [
    '-e',
    `const fs=require('fs'); require('https').createServer({key: fs.readFileSync('${join(dir, 'k.pem')}'), cert: fs.readFileSync('${join(dir, 'c.pem')}')}, (q, r) => r.end()).listen(443, '${serverAddress(2)}')`,
  ]);
  await waitForTcp(lab, serverAddress(2), 443);
  lab.nft(
    lab.server,
    `table inet lab {\n chain input {\n type filter hook input priority 0;\n tcp dport 902 drop\n }\n}\n`,
  );
  startChronyd(lab, dir, 'ntp', { address: SERVER, localStratum: 8 });
  await waitForListener(lab, lab.server, 123, true);
  await waitForTcp(lab, serverAddress(0), 443);
  await waitForListener(lab, lab.server, 53, true);
  const inventory = join(dir, 'site.yaml');
  writeFileSync(
    inventory,
    `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: ${CLIENT} }]
services: { dns: [${SERVER}], ntp: [${SERVER}] }
sources:
  vmware: [{ name: vc01, vcenter: ${serverAddress(2)}, esxi: [${serverAddress(3)}] }]
`,
  );
  console.log(execFileSync('cat', [inventory], { encoding: 'utf8' }));
  try {
    console.log(
      lab.exec(
        lab.client,
        process.execPath,
        [CLI, 'check', inventory, '--format', 'table', '--timeout', '1000'],
        undefined,
        true,
      ),
    );
  } catch (e) {
    console.log(String(e));
  }
} finally {
  lab.remove();
  cleanup();
}
