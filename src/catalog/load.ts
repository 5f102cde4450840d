// Validate a catalog given as text: every problem at once. No file access here (see read.ts), so a browser can load one.
import { closest, distance } from 'fastest-levenshtein';
import { placeholders, sampleProblem } from '../common/address.js';
import { formatPath, type Locate, loadYaml } from '../common/yaml-source.js';
import type { Problem } from '../errors.js';
import { endpointRole, ROLE_SET, sourceKinds } from './roles.js';
import { type Catalog, catalogSchema, type Requirement, ROLES, requirementSchema } from './schema.js';

/**
 * A single word that is not a role is a misspelt role, not a host: the schema accepts it as a
 * one-label host name, but a catalog names hosts by their fully qualified names.
 */
function unknownRole(e: string): string | undefined {
  if (e.includes('.') || e.includes(':') || e === 'any' || ROLE_SET.has(e)) return undefined;
  const best = closest(e, [...ROLES]);
  if (distance(e, best) <= Math.max(1, Math.floor(best.length / 3))) {
    return `unknown role "${e}"; did you mean "${best}"?`;
  }
  return `unknown role "${e}"; expected one of: ${ROLES.join(', ')}, any, or a fully qualified host name`;
}

function portNumbers(r: Requirement): number[] {
  if (r.ports === 'any') return [];
  return r.ports.filter((p): p is number => typeof p === 'number');
}

function checkRequirement(r: Requirement, i: number, locate: Locate, file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string, key = false): void => {
    const full = ['requirements', i, ...path];
    problems.push({ file, position: locate(full, key), field: formatPath(full), message });
  };
  for (const side of ['from', 'to'] as const) {
    for (const [j, e] of r[side].entries()) {
      const problem = typeof e === 'string' ? unknownRole(e) : undefined;
      if (problem) at([side, j], problem);
    }
  }
  if (r.ports !== 'any') {
    for (const [j, p] of r.ports.entries()) {
      if (typeof p === 'string') {
        const [a, b] = p.split('-').map(Number);
        if (a === undefined || b === undefined || a < 1 || b > 65535 || a > b) {
          at(['ports', j], `expected a range "first-last" within 1-65535, got ${JSON.stringify(p)}`);
        }
      }
    }
  }
  if (r.scope === 'host') {
    const from = r.from.map(endpointRole);
    const to = r.to.map(endpointRole);
    if (from.length !== 1 || to.length !== 1 || !from[0] || from[0] !== to[0]) {
      at(['scope'], 'a host-scope requirement needs the same single role in "from" and "to"');
    }
  }
  if (r.choice) {
    if (r.ports === 'any' || r.ports.length !== 1 || typeof r.ports[0] !== 'number') {
      at(['choice'], 'a port choice needs exactly one default port in "ports"');
    }
  }
  if (r.portApps) {
    const known = new Set([...portNumbers(r), ...(r.choice?.alternatives ?? [])].map(String));
    for (const port of Object.keys(r.portApps)) {
      if (!known.has(port)) {
        at(['portApps', port], `port ${port} is not one of this requirement's ports`, true);
      }
    }
  }
  for (const [pattern, name] of Object.entries(r.samples ?? {})) {
    if (!pattern.startsWith('*.') || !r.to.includes(pattern)) {
      at(
        ['samples', pattern],
        `${JSON.stringify(pattern)} is not one of this requirement's wildcard destinations ("to")`,
        true,
      );
      continue;
    }
    const problem = sampleProblem(pattern, name);
    if (problem) at(['samples', pattern], problem);
    for (const p of placeholders(name)) {
      if (!placeholders(pattern).includes(p))
        at(['samples', pattern], `placeholder {${p}} does not appear in ${pattern}`);
    }
  }
  const kinds = sourceKinds(r);
  if (kinds.length > 1) {
    at(
      [],
      `mixes data sources of different kinds (${kinds.join(', ')}); a requirement can apply to one kind`,
    );
  }
  if (r.ports === 'any' && r.transport === 'both') {
    at(['transport'], 'ports "any" needs a single transport, tcp or udp');
  }
  return problems;
}

/**
 * Parse and validate a catalog. Every problem in the file is reported at once.
 *
 * @example
 * const catalog = loadCatalog(readFileSync('my-catalog.yaml', 'utf8'), 'my-catalog.yaml');
 */
export function loadCatalog(text: string, file: string): Catalog {
  const checkAll = (requirements: [number, Requirement][], locate: Locate): Problem[] => {
    const problems: Problem[] = [];
    const seen = new Map<string, number>();
    for (const [i, r] of requirements) {
      const first = seen.get(r.id);
      if (first !== undefined) {
        problems.push({
          file,
          position: locate(['requirements', i, 'id']),
          field: `requirements[${i}].id`,
          message: `duplicate id "${r.id}" (first used by requirements[${first}])`,
        });
      } else seen.set(r.id, i);
      problems.push(...checkRequirement(r, i, locate, file));
    }
    return problems;
  };
  return loadYaml(
    text,
    file,
    catalogSchema,
    (catalog, locate) => checkAll([...catalog.requirements.entries()], locate),
    // When some requirements are malformed, the well-formed ones are still checked.
    (raw, locate) => {
      const list = (raw as { requirements?: unknown } | null)?.requirements;
      const wellFormed = (Array.isArray(list) ? list : []).flatMap((item, i): [number, Requirement][] => {
        const parsed = requirementSchema.safeParse(item);
        return parsed.success ? [[i, parsed.data]] : [];
      });
      return checkAll(wellFormed, locate);
    },
  );
}
