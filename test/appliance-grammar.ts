// Line grammars of the appliance CLI outputs (PAN-OS set commands, FortiOS CLI, Cisco ASA): each
// parser accepts only the statement forms the target writes, as the vendors' references give them.
import { expect } from 'vitest';
import { ACL_NAME, ASA_NAME } from '../src/targets/cisco-asa.js';
import { FORTI_NAME } from '../src/targets/fortigate.js';
import { PAN_NAME } from '../src/targets/paloalto.js';

/** What a parse found: the names the text defines, and which statement form each line is. */
export interface Statements {
  readonly names: string[];
  /** One label per statement line (comments left out), in order. */
  readonly forms: string[];
}

// The statement forms portplan writes, from the PAN-OS CLI reference ("Use the CLI": configuration
// mode `set`; https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-cli-quick-start) and the object
// fields of the Administrator's Guide (Objects > Addresses, Address Groups, Services; Policies >
// Security): addresses as ip-netmask, ip-range or fqdn; static address groups; services with a
// protocol and a comma-separated port list; rules with zones, ends, application, service, action
// and a double-quoted description (no escape exists for `"` inside it).
const PAN_OBJECT = '[A-Za-z0-9][A-Za-z0-9._-]{0,62}';
const PAN_LIST = `(?:${PAN_OBJECT}|\\[(?: ${PAN_OBJECT})+ \\]|any)`;
const PAN_ADDR = '[0-9A-Fa-f.:]+(?:/\\d{1,3})?';
const PAN_COMMENT = /^# [^\n]*$/;
const PAN_GRAMMAR: Readonly<Record<string, RegExp>> = {
  address: new RegExp(
    `^set address (${PAN_OBJECT}) (?:ip-netmask ${PAN_ADDR}|ip-range ${PAN_ADDR}-${PAN_ADDR}|fqdn [A-Za-z0-9.-]+)$`,
  ),
  'address-group': new RegExp(`^set address-group (${PAN_OBJECT}) static \\[(?: ${PAN_OBJECT})+ \\]$`),
  service: new RegExp(
    `^set service (${PAN_OBJECT}) protocol (?:tcp|udp) port \\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*$`,
  ),
  'rule zones': new RegExp(`^set rulebase security rules (${PAN_OBJECT}) from any to any$`),
  'rule ends': new RegExp(
    `^set rulebase security rules (${PAN_OBJECT}) source ${PAN_LIST} destination ${PAN_LIST}$`,
  ),
  'rule action': new RegExp(
    `^set rulebase security rules (${PAN_OBJECT}) application any service ${PAN_OBJECT} action allow$`,
  ),
  'rule description': new RegExp(
    `^set rulebase security rules (${PAN_OBJECT}) description "([^"\\\\\\p{Cc}]{0,255})"$`,
    'u',
  ),
};

/** Parse PAN-OS `set` commands: every line a comment or one statement form. */
export function parsePaloalto(text: string): Statements {
  expect(text.endsWith('\n')).toBe(true);
  const names: string[] = [];
  const forms: string[] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    if (PAN_COMMENT.test(line)) continue;
    const form = Object.entries(PAN_GRAMMAR).find(([, g]) => g.test(line));
    expect(form, line).toBeDefined();
    forms.push(form?.[0] ?? '');
    const name = form?.[1].exec(line)?.[1];
    if (name) {
      expect(name).toMatch(PAN_NAME);
      names.push(name);
    }
  }
  return { names, forms };
}

// The statement forms portplan writes, per `config` block, from the FortiOS CLI Reference
// (https://docs.fortinet.com/document/fortigate/7.4.0/cli-reference: config firewall address,
// address6, addrgrp, addrgrp6, service custom, policy) and the wildcard FQDN cookbook page
// (https://docs.fortinet.com/document/fortigate/6.2.0/cookbook/217973). Strings are double-quoted
// with `\"` and `\\` as the only escapes.
const FORTI_OBJECT = '"([A-Za-z0-9][A-Za-z0-9._-]{0,78})"';
const FORTI_STRING = '"(?:[^"\\\\\\p{Cc}]|\\\\["\\\\])*"';
const V4 = '\\d{1,3}(?:\\.\\d{1,3}){3}';
const V6 = '[0-9a-f:]+';
const FORTI_PORTS = '\\d+(?:-\\d+)?(?: \\d+(?:-\\d+)?)*';
const FORTI_SETS: Readonly<Record<string, readonly RegExp[]>> = {
  'firewall address': [
    /^set type (?:ipmask|iprange|fqdn)$/,
    new RegExp(`^set subnet ${V4} ${V4}$`),
    new RegExp(`^set (?:start|end)-ip ${V4}$`),
    /^set fqdn "(?:\*\.)?[A-Za-z0-9.-]+"$/,
  ],
  'firewall address6': [
    /^set type iprange$/,
    new RegExp(`^set ip6 ${V6}/\\d{1,3}$`),
    new RegExp(`^set (?:start|end)-ip ${V6}$`),
  ],
  'firewall addrgrp': [new RegExp(`^set member ${FORTI_OBJECT}(?: ${FORTI_OBJECT})*$`)],
  'firewall addrgrp6': [new RegExp(`^set member ${FORTI_OBJECT}(?: ${FORTI_OBJECT})*$`)],
  'firewall service custom': [new RegExp(`^set (?:tcp|udp)-portrange ${FORTI_PORTS}$`)],
  'firewall policy': [
    /^set name "pp-r\d{3,}[A-Za-z0-9-]*"$/,
    /^set (?:srcintf|dstintf) "any"$/,
    new RegExp(`^set (?:srcaddr|dstaddr|srcaddr6|dstaddr6) (?:"all"|${FORTI_OBJECT})$`),
    /^set action accept$/,
    /^set schedule "always"$/,
    new RegExp(`^set service ${FORTI_OBJECT}$`),
    new RegExp(`^set comments ${FORTI_STRING}$`, 'u'),
  ],
};

/** Parse FortiOS CLI: `config` blocks of `edit` entries of `set` lines, comments only outside them. */
export function parseFortigate(text: string): Statements {
  expect(text.endsWith('\n')).toBe(true);
  const names: string[] = [];
  const forms: string[] = [];
  let block: string | undefined;
  let inEdit = false;
  for (const line of text.slice(0, -1).split('\n')) {
    if (block === undefined) {
      if (/^# [^\n]*$/.test(line)) continue;
      block = /^config (.+)$/.exec(line)?.[1];
      expect(block && block in FORTI_SETS, line).toBe(true);
      forms.push(`config ${block}`);
    } else if (!inEdit) {
      if (line === 'end') {
        block = undefined;
        forms.push('end');
      } else {
        const m = /^ {4}edit (?:0|"([^"]+)")$/.exec(line);
        expect(m, line).not.toBeNull();
        if (m?.[1]) {
          expect(m[1]).toMatch(FORTI_NAME);
          names.push(m[1]);
        }
        inEdit = true;
        forms.push('edit');
      }
    } else if (line === '    next') {
      inEdit = false;
      forms.push('next');
    } else {
      expect(line.startsWith('        '), line).toBe(true);
      const i = FORTI_SETS[block]?.findIndex((r) => r.test(line.slice(8))) ?? -1;
      expect(i, `${block}: ${line}`).toBeGreaterThanOrEqual(0);
      forms.push(`${block} set ${i}`);
    }
  }
  expect(block).toBeUndefined();
  return { names, forms };
}

// The command forms portplan writes, from the Cisco ASA Series Command Reference
// (https://www.cisco.com/c/en/us/td/docs/security/asa/asa-cli-reference/): `object network`
// with host, subnet (IPv4 address and mask, or IPv6 prefix), range and fqdn; `object-group
// network` with network-object object; `object-group service NAME tcp|udp` with port-object eq or
// range; `access-list NAME remark TEXT` (at most 100 characters) and `access-list NAME extended
// permit PROTOCOL SOURCE DESTINATION [object-group SERVICE]`.
const ASA_OBJECT = '[A-Za-z0-9][A-Za-z0-9._-]{0,63}';
const ASA_END = `(?:any|object ${ASA_OBJECT}|object-group ${ASA_OBJECT})`;
const ASA_COMMENT = /^! [^\n]*$/;
const ASA_TOP: Readonly<Record<string, RegExp>> = {
  'object network': new RegExp(`^object network (${ASA_OBJECT})$`),
  'object-group network': new RegExp(`^object-group network (${ASA_OBJECT})$`),
  'object-group service': new RegExp(`^object-group service (${ASA_OBJECT}) (?:tcp|udp)$`),
  remark: new RegExp(`^access-list ${ACL_NAME} remark [\\x20-\\x7e]{1,100}$`),
  permit: new RegExp(
    `^access-list ${ACL_NAME} extended permit (?:tcp|udp) ${ASA_END} ${ASA_END}(?: object-group ${ASA_OBJECT})?$`,
  ),
};
const ASA_INSIDE: Readonly<Record<string, readonly RegExp[]>> = {
  'object network': [
    new RegExp(`^ host (?:${V4}|${V6})$`),
    new RegExp(`^ subnet (?:${V4} ${V4}|${V6}/\\d{1,3})$`),
    new RegExp(`^ range (?:${V4} ${V4}|${V6} ${V6})$`),
    /^ fqdn [A-Za-z0-9.-]+$/,
  ],
  'object-group network': [new RegExp(`^ network-object object ${ASA_OBJECT}$`)],
  'object-group service': [/^ port-object (?:eq \d+|range \d+ \d+)$/],
};

/** Parse Cisco ASA configuration: top-level commands, sub-commands only under the mode that takes them. */
export function parseCiscoAsa(text: string): Statements {
  expect(text.endsWith('\n')).toBe(true);
  const names: string[] = [];
  const forms: string[] = [];
  let mode: string | undefined;
  for (const line of text.slice(0, -1).split('\n')) {
    if (line.startsWith(' ')) {
      const i = (mode && ASA_INSIDE[mode]?.findIndex((r) => r.test(line))) ?? -1;
      expect(i, `${mode}: ${line}`).toBeGreaterThanOrEqual(0);
      forms.push(`${mode} ${i}`);
      continue;
    }
    if (ASA_COMMENT.test(line)) {
      mode = undefined;
      continue;
    }
    const form = Object.entries(ASA_TOP).find(([, r]) => r.test(line));
    expect(form, line).toBeDefined();
    forms.push(form?.[0] ?? '');
    mode = form && form[0] in ASA_INSIDE ? form[0] : undefined;
    const name = form?.[1].exec(line)?.[1];
    if (name) {
      expect(name).toMatch(ASA_NAME);
      names.push(name);
    }
  }
  return { names, forms };
}
