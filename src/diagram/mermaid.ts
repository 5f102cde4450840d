// The diagram as Mermaid (`flowchart LR`): text, laid out by whatever renders it.
import { printable } from '../common/printable.js';
import type { DiagramGraph } from './graph.js';
import { badgeText } from './layout.js';
import { edgeStyle, STATUS_LABELS } from './style.js';

/**
 * Text inside a Mermaid quoted label: Mermaid reads `#NN;` as a character code, so quotes, `#`,
 * markup and backticks (which start Markdown strings) are written that way; controls are shown as
 * `\xNN`.
 *
 * @example
 * mermaidText('a"b<c>') // 'a#34;b#60;c#62;'
 */
export function mermaidText(text: string): string {
  return printable(text).replace(/["#&<>`]/g, (c) => `#${c.charCodeAt(0)};`);
}

const ARROWS = { out: '-->', in: '-.->', lateral: '-.-o' } as const;

/** Render the graph as a Mermaid flowchart, groups as subgraphs, one `linkStyle` per edge. */
export function renderMermaid(graph: DiagramGraph): string {
  const ids = new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
  const lines = ['flowchart LR'];
  graph.groups.forEach((group, g) => {
    lines.push(`  subgraph g${g}["${mermaidText(group.label)}"]`);
    for (const node of graph.nodes.filter((x) => x.group === group.id)) {
      const text = [node.label, ...node.detail].map(mermaidText).join('<br>');
      lines.push(`    ${ids.get(node.id)}["${text}"]`);
    }
    lines.push('  end');
  });
  const coloured = graph.coloured !== undefined;
  const styles: string[] = [];
  graph.edges.forEach((edge, i) => {
    const text = edge.self ? badgeText(edge) : edge.label;
    const status = edge.status ? ` (${STATUS_LABELS[edge.status]})` : '';
    lines.push(
      `  ${ids.get(edge.from)} ${ARROWS[edge.direction]}|"${mermaidText(text + status)}"| ${ids.get(edge.to)}`,
    );
    const s = edgeStyle(edge, coloured);
    styles.push(
      `  linkStyle ${i} stroke:${s.colour},stroke-width:2px${s.dash ? `,stroke-dasharray:${s.dash.replace(' ', ' ')}` : ''}`,
    );
  });
  lines.push(...styles);
  if (coloured) lines.push(`  %% edges coloured by ${graph.coloured?.join(' and ')}`);
  return `${lines.join('\n')}\n`;
}
