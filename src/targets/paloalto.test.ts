// The paloalto target: every line one of the PAN-OS statement forms (test/appliance-grammar.ts), names within limits.
import { describe, expect, it } from 'vitest';
import { parsePaloalto as parse } from '../../test/appliance-grammar.js';
import { HOSTILE, hostileRule, MIXED, renderInventory, renderText } from './_appliance-cases.js';
import { paloalto } from './paloalto.js';

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
