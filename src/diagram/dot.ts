// The diagram as Graphviz DOT: text, laid out by `dot`.
import { printable } from '../common/printable.js';
import type { DiagramGraph } from './graph.js';
import { badgeText } from './layout.js';
import { DIRECTION_LABELS, edgeStyle, STATUS_COLOURS, STATUS_LABELS } from './style.js';

/**
 * A DOT quoted string: backslashes doubled (DOT reads `\n`, `\l`, `\N` in labels as escapes) and
 * quotes escaped; controls shown as `\xNN` first, so no line break reaches the file.
 *
 * @example
 * dotString('a"b\\') // '"a\\"b\\\\"'
 */
export function dotString(text: string): string {
  return `"${printable(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const HEADS = { filled: 'normal', open: 'vee', diamond: 'diamond' } as const;

/** Render the graph as a DOT digraph: groups as clusters, edges styled by direction (and outcome). */
export function renderDot(graph: DiagramGraph): string {
  const ids = new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
  const lines = [
    'digraph portplan {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="monospace", fontsize=10];',
    '  edge [fontname="monospace", fontsize=9];',
  ];
  graph.groups.forEach((group, g) => {
    lines.push(
      `  subgraph cluster_${g} {`,
      `    label=${dotString(group.label)};`,
      '    style=filled; fillcolor="#f4f6f8";',
    );
    for (const node of graph.nodes.filter((x) => x.group === group.id)) {
      const text = [node.label, ...node.detail].map((l) => dotString(l).slice(1, -1)).join('\\n');
      const fill = node.side === 'middle' ? '#e3edfb' : node.side === 'right' ? '#eaf6ec' : '#ffffff';
      lines.push(`    ${ids.get(node.id)} [label="${text}", fillcolor="${fill}"];`);
    }
    lines.push('  }');
  });
  const coloured = graph.coloured !== undefined;
  for (const edge of graph.edges) {
    const s = edgeStyle(edge, coloured);
    const text = edge.self ? badgeText(edge) : edge.label;
    const attrs = [
      `label=${dotString(text)}`,
      `tooltip=${dotString(`${edge.rules.join(', ')}: ${edge.purpose}`)}`,
      `color="${s.colour}"`,
      `fontcolor="${s.colour}"`,
      `style=${s.dotStyle}`,
      `arrowhead=${HEADS[s.head]}`,
    ];
    if (edge.status) attrs.push(`class=${dotString(`status-${edge.status}`)}`);
    lines.push(`  ${ids.get(edge.from)} -> ${ids.get(edge.to)} [${attrs.join(', ')}];`);
  }
  const legend: string[] = Object.entries(DIRECTION_LABELS)
    .filter(([d]) => graph.edges.some((e) => e.direction === d))
    .map(([, t]) => t);
  if (coloured)
    for (const s of ['ok', 'fail', 'unknown'] as const)
      legend.push(`${STATUS_LABELS[s]}: ${STATUS_COLOURS[s]}`);
  lines.push(
    `  legend [shape=note, label="${legend.map((l) => dotString(l).slice(1, -1)).join('\\l')}\\l"];`,
  );
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
