// How edges look in every format: colour, dash and arrowhead by direction, colour by outcome.
import type { DiagramEdge, Status } from './graph.js';

export interface EdgeStyle {
  readonly colour: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  readonly dash?: string;
  /** `filled`: a solid triangle; `open`: a V; `diamond`: a diamond. */
  readonly head: 'filled' | 'open' | 'diamond';
  /** Graphviz's and Mermaid's names for the same. */
  readonly dotStyle: 'solid' | 'dashed' | 'dotted';
}

export const STATUS_COLOURS: Record<Status, string> = { ok: '#2e7d32', fail: '#c62828', unknown: '#9e9e9e' };
export const STATUS_LABELS: Record<Status, string> = {
  ok: 'ok / allowed',
  fail: 'failed / blocked',
  unknown: 'skipped / depends-on',
};
export const NO_RESULT_COLOUR = '#bdbdbd';

const DIRECTION = {
  out: { colour: '#1f5fbf', head: 'filled', dotStyle: 'solid' },
  in: { colour: '#b35900', dash: '7 4', head: 'open', dotStyle: 'dashed' },
  lateral: { colour: '#555555', dash: '2 3', head: 'diamond', dotStyle: 'dotted' },
} as const;

/** The look of an edge: its direction's dash and head, and its direction's colour, or, when results coloured the graph, its outcome's. */
export function edgeStyle(edge: DiagramEdge, coloured: boolean): EdgeStyle {
  const d = DIRECTION[edge.direction];
  const colour = coloured ? (edge.status ? STATUS_COLOURS[edge.status] : NO_RESULT_COLOUR) : d.colour;
  return { ...d, colour };
}

/** In the legend: what each direction means. */
export const DIRECTION_LABELS = {
  out: 'outbound: the connector opens it',
  in: 'inbound: ends on a connector',
  lateral: 'lateral: between data-source hosts',
} as const;
