// `portplan render` as a user runs it: choosing the target and the host, the header, -o, and
// --resolve through the inventory's DNS server (dnsmasq in the lab: no query leaves the machine).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portplan } from './cli.js';
import { createLab, type Lab, SERVER, waitForListener } from './lab/lab.js';
import { startDnsmasq } from './lab/peers.js';
import { CLI } from './paths.js';

describe('portplan render', () => {
  it('asks for a target, suggests the nearest one, and names the connectors a host firewall is for', () => {
    const none = portplan(['render', 'examples/small.yaml']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^portplan: render: --target T is required \(one of: iptables, nftables/);
    const typo = portplan(['render', 'examples/small.yaml', '--target', 'nftable']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/--target: unknown value "nftable"; did you mean "nftables"\?/);
    const which = portplan(['render', 'examples/small.yaml', '--target', 'iptables']);
    expect(which.status).toBe(2);
    expect(which.stderr).toMatch(/is for one connector: give --connector NAME \(one of: sc-01, sc-02\)/);
    const mode = portplan([
      'render',
      'examples/small.yaml',
      '--target',
      'iptables',
      '--chain-mode',
      'router',
    ]);
    expect(mode.status).toBe(2);
    expect(mode.stderr).toMatch(/--chain-mode: unknown value "router"/);
  });

  it('writes -o all at once, names its inputs in the header, and warns once about what it left out', () => {
    const dir = mkdtempSync('/tmp/portplan-render-');
    try {
      const out = join(dir, 'sc-01.nft');
      const r = portplan([
        'render',
        'examples/small.yaml',
        '--target',
        'nftables',
        '--connector',
        'sc-01',
        '-o',
        out,
      ]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toMatch(
        /^portplan: warning: nftables cannot express \d+ parts of \d+ rules: the output's header lists them/,
      );
      const text = readFileSync(out, 'utf8');
      expect(text).toContain('# inventory: examples/small.yaml\n');
      expect(text).toContain('# connectors: sc-01\n');
      expect(text).toMatch(/# {3}host names: this target names only addresses \(render with --resolve/);
      expect(text).toContain('#     r010 vc01 (vc01.corp.example)\n');
      // The inventory is never the output.
      const same = portplan([
        'render',
        'examples/small.yaml',
        '--target',
        'nftables',
        '--connector',
        'sc-01',
        '-o',
        'examples/small.yaml',
      ]);
      expect(same.status).toBe(2);
      expect(same.stderr).toMatch(/examples\/small\.yaml/);
      expect(readFileSync('examples/small.yaml', 'utf8')).toMatch(/^# A small site/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('--resolve', () => {
    let lab: Lab;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync('/tmp/portplan-render-resolve-');
      lab = createLab();
      startDnsmasq(lab, dir, [
        '--address=/vc01.corp.example/198.18.5.10',
        '--address=/ntp.corp.example/198.18.5.123',
        '--address=/helios.cohesity.com/198.18.6.1',
      ]);
      await waitForListener(lab, lab.server, 53, true);
      writeFileSync(
        join(dir, 'site.yaml'),
        `cloud: { region: us-west-2 }
connectors: [{ name: sc-01, address: 198.18.0.1 }]
services: { dns: [${SERVER}], ntp: [ntp.corp.example] }
sources:
  vmware: [{ name: vc01, vcenter: vc01.corp.example, esxi: [198.18.7.0/28] }]
`,
      );
    });
    afterAll(() => {
      lab?.remove();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("writes the addresses the inventory's DNS server gives now, stamped, and lists what did not resolve", () => {
      const text = lab.exec(lab.client, process.execPath, [
        CLI,
        'render',
        join(dir, 'site.yaml'),
        '--target',
        'nftables',
        '--resolve',
      ]);
      expect(text).toMatch(
        /# names resolved at render time \(--resolve\), \d{4}-\d\d-\d\dT[\d:.]+Z: addresses behind names change/,
      );
      expect(text).toContain('#   vc01.corp.example: 198.18.5.10\n');
      expect(text).toContain('#   ntp.corp.example: 198.18.5.123\n');
      expect(text).toContain('#   helios.cohesity.com: 198.18.6.1\n');
      expect(text).toMatch(/ip daddr 198\.18\.5\.10 tcp dport 443 accept comment "r\d+ vmware-vcenter-api/);
      expect(text).toMatch(/ip daddr 198\.18\.5\.123 udp dport 123 accept/);
      // dnsmasq knows no other name: those stay listed as not expressed, now for not resolving.
      expect(text).toMatch(
        /# {3}host names that did not resolve at render time[^\n]*:\n(# {5}r\d+ [^\n]+\n)+/,
      );
      expect(text).toMatch(/# {5}r\d+ rt\.cohesity\.com\n/);
      expect(text).toMatch(/# {3}rt\.cohesity\.com: no address\n/);
    });
  });
});
