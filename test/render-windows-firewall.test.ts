// render --target windows-firewall end to end: goldens for both examples, and every line parsed by
// the tree-sitter PowerShell grammar (no PowerShell runs here: the grammar and the goldens are the check).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { psQuote, WINDOWS_GROUP, windowsFirewall } from '../src/targets/windows-firewall.js';
import { portplan } from './cli.js';
import { ROOT } from './paths.js';
import { checkPowerShell, WINDOWS_FIREWALL as GRAMMAR } from './powershell.js';

const golden = (name: string) => join(ROOT, 'test/golden/render/windows-firewall', name);

/** Compare with the golden, or rewrite it with UPDATE_GOLDENS=1. */
function matchGolden(text: string, name: string) {
  if (process.env.UPDATE_GOLDENS === '1') writeFileSync(golden(name), text);
  expect(text).toBe(readFileSync(golden(name), 'utf8'));
}

describe.each(['small', 'large'])('portplan render examples/%s.yaml --target windows-firewall', (example) => {
  const r = portplan(['render', `examples/${example}.yaml`, '--target', 'windows-firewall']);

  it('matches its golden', () => {
    expect(r.status).toBe(0);
    matchGolden(r.stdout, `${example}.ps1`);
  });

  it('parses as New-NetFirewallRule commands with literal arguments only, all in one group', async () => {
    const commands = await checkPowerShell(r.stdout, GRAMMAR);
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) {
      expect(c.name).toBe('New-NetFirewallRule');
      expect(c.parameters.get('Group')).toEqual([WINDOWS_GROUP]);
      expect(c.parameters.get('Direction')).toEqual(['Inbound']);
    }
    const names = commands.map((c) => c.parameters.get('Name')?.[0]);
    // A name is one rule per host; a host section never repeats one.
    expect(names.every((n) => typeof n === 'string' && /^portplan-r\d+-[A-Za-z0-9.-]+$/.test(n))).toBe(true);
    // The removal the header names parses as the one command that removes the group.
    const removal = r.stdout.split('\n').find((l) => l.includes('Remove-NetFirewallRule')) as string;
    const [remove] = await checkPowerShell(removal.replace(/^.*?: /, ''), GRAMMAR);
    expect(remove?.parameters.get('Group')).toEqual([WINDOWS_GROUP]);
  });
});

describe('windows-firewall', () => {
  it('opens 50051 on the Windows agents only, and notes loopback rows instead of opening them', () => {
    const out = portplan(['render', 'examples/small.yaml', '--target', 'windows-firewall']).stdout;
    expect(out).toMatch(/-Name 'portplan-r013-web01' .*-LocalPort 50051 -LocalAddress '10\.50\.0\.5'/);
    expect(out).toMatch(/-Name 'portplan-r013-sql01'/);
    // ora01 runs Linux (os: linux): no section, no rule; NFS and the connector's rows neither.
    expect(out).not.toMatch(/ora01|2049|netapp01/);
    expect(out).toMatch(/r022 .*1433\/tcp on this machine only: Windows Firewall does not filter loopback/);
  });

  it('opens 5986 on the Hyper-V guests from their host, where the host has an address', () => {
    const out = portplan(['render', 'examples/large.yaml', '--target', 'windows-firewall']).stdout;
    expect(out).toMatch(
      /-LocalPort 5986 -LocalAddress '10\.41\.0\.1-10\.41\.0\.4' -RemoteAddress '10\.40\.0\.1' -Action Allow/,
    );
  });

  it('keeps any text inside its quotes, Unicode single quotes included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom(
            "'",
            '\u2018',
            '\u2019',
            '\u201a',
            '\u201b',
            '"',
            '$',
            '`',
            '\n',
            'a',
            ';',
            '#',
            '(',
            ' ',
          ),
        }),
        async (s) => {
          const [c, ...rest] = await checkPowerShell(
            `New-NetFirewallRule -Description ${psQuote(s)}\n`,
            GRAMMAR,
          );
          expect(rest).toEqual([]);
          expect(c?.parameters.get('Description')).toEqual([s.replace(/\n+/g, ' ')]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps hostile header lines and purposes in their comments and strings', async () => {
    const rule = {
      id: 'r001',
      direction: 'out' as const,
      local: false,
      transport: 'tcp' as const,
      ports: [50051],
      portRanges: [[11113, 11117] as const],
      anyPort: false,
      sources: [{ kind: 'any' as const }],
      destinations: [{ kind: 'fqdn' as const, host: "x'y\u2019z", name: "h'\u2018\nRemove-Item C:\\" }],
      requirements: ['r'],
      workloads: [],
      refs: [],
      purpose: "it's\r\nRemove-Item -Recurse C:\\ #",
      comment: "r001 'x'\u201b\nStop-Computer",
    };
    const out = [
      ...windowsFirewall.render({
        rules: [rule],
        omitted: [],
        header: ['line\nStop-Computer -Force\r\u2028x', "'#>"],
        options: { chainMode: 'host', region: 'us-west-2' },
      }),
    ].join('');
    const commands = await checkPowerShell(out, GRAMMAR);
    expect(commands.map((c) => c.name)).toEqual(['New-NetFirewallRule']);
    expect(commands[0]?.parameters.get('LocalPort')).toEqual([50051, '11113-11117']);
    expect(commands[0]?.parameters.get('Description')).toEqual(["r001 'x'\u201b Stop-Computer"]);
  });
});
