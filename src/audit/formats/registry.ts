// The ruleset formats `portplan audit` reads, in the order detection tries them.
import type { RulesetFormat } from '../model.js';
import { iptablesSave } from './iptables-save.js';

/** Every format; adding one is one file in this folder and one line here. */
export const FORMATS: readonly RulesetFormat[] = [iptablesSave];

/** The format named `name`, or the first whose `detect` accepts `text`. */
export function detectFormat(text: string, name?: string): RulesetFormat | undefined {
  if (name !== undefined) return FORMATS.find((f) => f.name === name);
  return FORMATS.find((f) => f.detect(text));
}
