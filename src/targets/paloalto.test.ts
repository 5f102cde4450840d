// The paloalto target: every line one of the PAN-OS statement forms written here, names within limits.
import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileRule, MIXED, renderInventory, renderText } from './_appliance-cases.js';
import { PAN_NAME, paloalto } from './paloalto.js';

// The statement forms portplan writes, from the PAN-OS CLI reference ("Use the CLI": configuration
// mode `set`; https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-cli-quick-start) and the object
// fields of the Administrator's Guide (Objects > Addresses, Address Groups, Services; Policies >
// Security): addresses as ip-netmask, ip-range or fqdn; static address groups; services with a
// protocol and a comma-separated port list; rules with zones, ends, application, service, action
// and a double-quoted description (no escape exists for `"` inside it).
const NAME = '[A-Za-z0-9][A-Za-z0-9._-]{0,62}';
const LIST = `(?:${NAME}|\\[(?: ${NAME})+ \\]|any)`;
const ADDR = '[0-9A-Fa-f.:]+(?:/\\d{1,3})?';
const GRAMMAR = [
  /^# [^\n]*$/,
  new RegExp(`^set address (${NAME}) (?:ip-netmask ${ADDR}|ip-range ${ADDR}-${ADDR}|fqdn [A-Za-z0-9.-]+)$`),
  new RegExp(`^set address-group (${NAME}) static \\[(?: ${NAME})+ \\]$`),
  new RegExp(`^set service (${NAME}) protocol (?:tcp|udp) port \\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*$`),
  new RegExp(`^set rulebase security rules (${NAME}) from any to any$`),
  new RegExp(`^set rulebase security rules (${NAME}) source ${LIST} destination ${LIST}$`),
  new RegExp(`^set rulebase security rules (${NAME}) application any service ${NAME} action allow$`),
  new RegExp(`^set rulebase security rules (${NAME}) description "([^"\\\\\\p{Cc}]{0,255})"$`, 'u'),
];

/** Every line parses as one statement form; returns the names it defines. */
function parse(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  const names: string[] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    const form = GRAMMAR.find((g) => g.test(line));
    expect(form, line).toBeDefined();
    const name = form?.exec(line)?.[1];
    if (name) {
      expect(name).toMatch(PAN_NAME);
      names.push(name);
    }
  }
  return names;
}

describe('paloalto', () => {
  it('writes only the statement forms of its grammar, for IPv4, IPv6, ranges and host names', () => {
    const text = renderInventory(paloalto, MIXED);
    parse(text);
    expect(text).toMatch(/^set address \S+ ip-range 10\.99\.1\.10-10\.99\.1\.40$/m);
    expect(text).toMatch(/^set address \S+ ip-netmask 2001:db8:30::\/120$/m);
    expect(text).toMatch(/^set address \S+ fqdn vc01\.corp\.example$/m);
  });

  it('keeps hostile names and comments inside names and quotes: no new line, no new command', () => {
    const text = renderText(paloalto, [hostileRule()]);
    parse(text);
    expect(text).not.toContain('delete rulebase\n');
    expect(text.split('\n').filter((l) => l.startsWith('set rulebase'))).toHaveLength(4);
    expect(text).toContain("'; delete rulebase  set x ''' ");
    expect(text).toMatch(/ port 1000,1001,.*,1019,11113-11117$/m);
    // The hostile name is in the object name only as its allowed characters, with a hash.
    expect(text).toMatch(/^set address pp-_+delete_rulebase__set_x_+[^ ]*-[0-9a-f]{6} ip-range/m);
    expect(HOSTILE).toContain('"');
  });
});
