// Terraform checked without terraform (issue 7): parsed by HashiCorp's HCL parser (@cdktf/hcl2json,
// Go compiled to WebAssembly), then every block's arguments compared with the provider's documented
// argument names and required arguments.
import { parse } from '@cdktf/hcl2json';

/** The documented arguments of one resource, data source or nested block. */
export interface BlockSchema {
  /** Where the names come from. */
  readonly doc: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Nested blocks (`rule { … }`), by name. */
  readonly blocks?: Readonly<Record<string, BlockSchema>>;
}

/** What a parsed configuration holds, as hcl2json writes it: type → name → bodies. */
export type Parsed = Record<string, Record<string, Record<string, Record<string, unknown>[]>>>;

/** Parse HCL text; rejects on a syntax error. */
export async function parseTerraform(text: string): Promise<Parsed> {
  return (await parse('render.tf', text)) as Parsed;
}

/** A string value as Terraform reads it: `$${` and `%%{` are the escapes of `${` and `%{`. */
export function hclValue(v: unknown): unknown {
  return typeof v === 'string' ? v.replace(/([$%])\1\{/g, '$1{') : v;
}

function blockProblems(where: string, body: Record<string, unknown>, schema: BlockSchema): string[] {
  const problems: string[] = [];
  for (const r of schema.required) if (!(r in body)) problems.push(`${where}: missing ${r} (${schema.doc})`);
  for (const [key, value] of Object.entries(body)) {
    const nested = schema.blocks?.[key];
    if (nested) {
      const items = value as Record<string, unknown>[];
      items.forEach((item, i) => {
        problems.push(...blockProblems(`${where}.${key}[${i}]`, item, nested));
      });
    } else if (!schema.required.includes(key) && !schema.optional.includes(key))
      problems.push(`${where}: ${key} is not an argument of it (${schema.doc})`);
  }
  return problems;
}

/**
 * Every argument that is not among the documented ones, every required one missing, and every
 * resource or data type without a schema, for `resource` and `data` blocks.
 */
export function terraformProblems(
  parsed: Parsed,
  schemas: { resource?: Record<string, BlockSchema>; data?: Record<string, BlockSchema> },
): string[] {
  const problems: string[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, named] of Object.entries(parsed[kind] ?? {})) {
      const schema = schemas[kind]?.[type];
      if (!schema) {
        problems.push(`${kind} ${type}: not expected here`);
        continue;
      }
      for (const [name, bodies] of Object.entries(named))
        for (const body of bodies) problems.push(...blockProblems(`${type}.${name}`, body, schema));
    }
  }
  for (const key of Object.keys(parsed))
    if (!['resource', 'data', 'variable'].includes(key)) problems.push(`top-level ${key}: not expected here`);
  return problems;
}

/** The bodies of every resource of `type`, with their names. */
export function resourcesOf(parsed: Parsed, type: string): { name: string; body: Record<string, unknown> }[] {
  return Object.entries(parsed.resource?.[type] ?? {}).flatMap(([name, bodies]) =>
    bodies.map((body) => ({ name, body })),
  );
}
