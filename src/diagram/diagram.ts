// `diagram` as one call: the plan's graph, rendered in one of the diagram formats.
import type { Plan } from '../plan/types.js';
import { DIAGRAM_FORMATS } from './formats.js';
import { type DiagramGraph, diagramGraph } from './graph.js';

/**
 * The diagram of a plan in a format of {@link DIAGRAM_FORMATS}; `colour` may set edge outcomes
 * on the graph first (see `colourByResults`).
 *
 * @example
 * const svg = await renderDiagram(plan, 'svg');
 */
export async function renderDiagram(
  plan: Plan,
  format: string,
  colour?: (graph: DiagramGraph) => void,
): Promise<string> {
  const target = DIAGRAM_FORMATS.find((f) => f.name === format);
  if (!target) throw new Error(`unknown diagram format ${format}`);
  const graph = diagramGraph(plan);
  colour?.(graph);
  return target.render(graph);
}
