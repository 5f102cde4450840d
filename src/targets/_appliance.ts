// What the appliance CLI targets (paloalto, fortigate, cisco-asa) share: safe object names and one-line text.
import { formatBlock } from '../common/address.js';
import type { Endpoint } from './_firewall.js';

/** FNV-1a over the UTF-16 code units: a short stable hash, with no node: module (the core bundles for browsers). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * An object name within `max` characters of `allowed`, derived from `base`. A name that had to be
 * changed (characters replaced, or cut) gets a hash of `base` so that two bases never share a name.
 *
 * @example
 * objectName('pp-', '2001:db8::/64', 63, /[A-Za-z0-9._-]/) // 'pp-2001_db8___64-' and 6 hex digits
 */
export function objectName(prefix: string, base: string, max: number, allowed: RegExp): string {
  const clean = [...base].map((c) => (allowed.test(c) ? c : '_')).join('');
  const name = `${prefix}${clean}`;
  if (clean === base && name.length <= max) return name;
  const hash = fnv1a(base).toString(16).padStart(8, '0').slice(0, 6);
  return `${name.slice(0, max - hash.length - 1)}-${hash}`;
}

/** Text on one line: control characters and line breaks become spaces, `drop` characters too. */
export function oneLine(text: string, drop: RegExp = /$^/): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').replace(drop, "'");
}

/** Text cut to `max` characters, marked where it was cut. */
export function cutText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** What an address endpoint's object is named after: the inventory's name and the address. */
export function endpointBase(e: Endpoint): string {
  switch (e.kind) {
    case 'block': {
      const host = formatBlock(e.block).host;
      return e.name && e.name !== host ? `${e.name}_${host}` : host;
    }
    case 'fqdn':
      return e.host;
    case 'wildcard':
      return e.pattern;
    case 'prefix-list':
      return e.id;
    case 'any':
      return 'any';
  }
}

/** Ports as `443,8443,11113-11117`, with every port for a rule that opens them all. */
export function portList(
  ports: readonly number[],
  ranges: readonly (readonly [number, number])[],
  any: boolean,
): string[] {
  if (any) return ['1-65535'];
  return [...ports.map(String), ...ranges.map(([a, b]) => `${a}-${b}`)];
}
