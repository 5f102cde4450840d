// The contract every output of a plan implements: listings (table, JSON, CSV, Markdown) now, firewall languages next.
import type { Catalog } from '../catalog/schema.js';
import type { Plan, Rule } from '../plan/types.js';

/** What a target renders: the plan, and its rules when the user asked for rules. */
export interface RenderInput {
  readonly plan: Plan;
  readonly rules?: readonly Rule[];
}

export interface RenderOptions {
  /** Terminal columns to fit a table to; absent: no wrapping (piped output, `--wide`). */
  readonly width?: number;
}

/**
 * What a target's language can express. Before rendering, a target checks the whole plan against
 * these and reports every rule it cannot express at once (AWS security groups cannot name an FQDN).
 * The listings express everything.
 */
export interface Capabilities {
  readonly fqdn: boolean;
  readonly ipv6: boolean;
  readonly portRanges: boolean;
  readonly anyPort: boolean;
  readonly hostScope: boolean;
}

export const EVERYTHING: Capabilities = {
  fqdn: true,
  ipv6: true,
  portRanges: true,
  anyPort: true,
  hostScope: true,
};

/**
 * One output language. `render` yields the output in pieces, so a large plan is written as it is
 * made instead of being held whole as one string.
 */
export interface Target {
  /** Registry key, file name and `--format` word. */
  readonly name: string;
  /** File extension `-o` recognises, with its dot. */
  readonly extension: string;
  /** One line for help text and docs. */
  readonly summary: string;
  readonly supports: Capabilities;
  render(input: RenderInput, options?: RenderOptions): Iterable<string>;
  /** The catalog's requirements, for the targets that list things (`portplan catalog --format`). */
  renderCatalog?(catalog: Catalog, options?: RenderOptions): Iterable<string>;
}

/** The whole output of a target as one string (tests, small outputs, the library). */
export function renderToString(target: Target, input: RenderInput, options?: RenderOptions): string {
  let out = '';
  for (const piece of target.render(input, options)) out += piece;
  return out;
}
