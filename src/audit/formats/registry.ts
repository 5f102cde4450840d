// The ruleset formats `portplan audit` reads, in the order detection tries them.
import type { RulesetFormat } from '../model.js';
import { awsSg } from './aws-sg.js';
import { azureNsg } from './azure-nsg.js';
import { iptablesSave } from './iptables-save.js';
import { nftJson } from './nft-json.js';
import { nsx } from './nsx.js';

/**
 * Every format; adding one is one file in this folder and one line here. Detection tries them in
 * this order: the specific shapes first, NSX (which accepts any document holding policy objects) last.
 */
export const FORMATS: readonly RulesetFormat[] = [iptablesSave, nftJson, awsSg, azureNsg, nsx];

/** The format named `name`, or the first whose `detect` accepts `text`. */
export function detectFormat(text: string, name?: string): RulesetFormat | undefined {
  if (name !== undefined) return FORMATS.find((f) => f.name === name);
  return FORMATS.find((f) => f.detect(text));
}
