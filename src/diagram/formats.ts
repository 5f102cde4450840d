// The diagram formats: the one list `--format`, `--help` and the golden tests are derived from.

import { renderDot } from './dot.js';
import type { DiagramGraph } from './graph.js';
import { renderMermaid } from './mermaid.js';
import { renderSvg } from './svg.js';

export interface DiagramFormat {
  readonly name: string;
  readonly extension: string;
  readonly description: string;
  render(graph: DiagramGraph): string | Promise<string>;
}

export const DIAGRAM_FORMATS: readonly DiagramFormat[] = [
  {
    name: 'svg',
    extension: '.svg',
    description: 'a picture, laid out by elkjs (default)',
    render: renderSvg,
  },
  {
    name: 'mermaid',
    extension: '.mmd',
    description: 'Mermaid flowchart text, for Markdown that renders it',
    render: renderMermaid,
  },
  { name: 'dot', extension: '.dot', description: 'Graphviz DOT text, for `dot -Tpng`', render: renderDot },
];
