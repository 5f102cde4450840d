// JSON: the plan contract every later stage reads (docs/plan-json.md), written flow by flow.
import { PLAN_VERSION } from '../plan/types.js';
import { EVERYTHING, type RenderInput, type Target } from './_target.js';

/** `items` as the members of a JSON array two levels deep, as `JSON.stringify(…, null, 2)` writes them. */
function* arrayMembers(items: readonly unknown[]): Generator<string> {
  const BATCH = 200;
  let piece = '';
  for (let i = 0; i < items.length; i++) {
    piece += `    ${JSON.stringify(items[i], null, 2).replaceAll('\n', '\n    ')}${i < items.length - 1 ? ',' : ''}\n`;
    if ((i + 1) % BATCH === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

/**
 * The plan JSON, byte for byte what `JSON.stringify(doc, null, 2)` would print, but yielded a few
 * hundred flows at a time: a 100,000-host plan is never held as one string (bench/README.md).
 */
function* planJson({ plan, rules }: RenderInput): Generator<string> {
  const head = {
    format: 'portplan-plan',
    version: PLAN_VERSION,
    catalog: plan.catalog,
    region: plan.region,
    warnings: plan.warnings,
    interpretations: plan.interpretations,
  };
  const lists: [string, readonly unknown[]][] = [['flows', plan.flows]];
  if (rules) lists.push(['rules', rules]);
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n`;
  for (const [k, [name, items]] of lists.entries()) {
    const last = k === lists.length - 1;
    if (items.length === 0) {
      yield `  ${JSON.stringify(name)}: []${last ? '' : ','}\n`;
      continue;
    }
    yield `  ${JSON.stringify(name)}: [\n`;
    yield* arrayMembers(items);
    yield `  ]${last ? '' : ','}\n`;
  }
  yield '}\n';
}

export const json: Target = {
  name: 'json',
  extension: '.json',
  summary: 'the plan contract later stages read, docs/plan-json.md (default when piped)',
  supports: EVERYTHING,
  render: planJson,
  *renderCatalog(catalog) {
    yield `${JSON.stringify(catalog, null, 2)}\n`;
  },
};
