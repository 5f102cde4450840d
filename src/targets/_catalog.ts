// The columns of a catalog's requirements, for the listings that can show a catalog.
import { conditionText, endpointText, formatRef, requirementPorts } from '../catalog/format.js';
import type { Catalog, Requirement } from '../catalog/schema.js';
import { type Column, Footnotes } from './_columns.js';

const purposeText = (r: Requirement) => (r.gateway ? `${r.purpose} [${r.gateway} gateway]` : r.purpose);

/** A catalog's columns, with footnote marks for interpreted rows. */
export function catalogColumns(notes: Footnotes): Column<Requirement>[] {
  return [
    { csv: 'id', title: 'ID', heading: 'Id', cell: (r) => r.id },
    { csv: 'workload', title: 'WORKLOAD', heading: 'Workload', cell: (r) => r.workload },
    { csv: 'from', title: 'FROM', heading: 'From', cell: (r) => r.from.map(endpointText).join(', ') },
    { csv: 'to', title: 'TO', heading: 'To', cell: (r) => r.to.map(endpointText).join(', ') },
    { csv: 'ports', title: 'PORTS', heading: 'Ports', cell: requirementPorts },
    { csv: 'transport', title: 'PROTO', heading: 'Proto', cell: (r) => r.transport },
    { csv: 'scope', title: 'SCOPE', heading: 'Scope', cell: (r) => r.scope },
    { csv: 'when', title: 'WHEN', heading: 'When', cell: conditionText },
    { csv: 'purpose', cell: purposeText },
    { csv: 'interpretation', cell: (r) => r.interpretation ?? '' },
    {
      title: 'PURPOSE',
      heading: 'Purpose',
      cell: (r) => {
        const mark = notes.mark([r.id]);
        return mark ? `${purposeText(r)} ${mark}` : purposeText(r);
      },
    },
    { csv: 'reference', title: 'REFERENCE', heading: 'Reference', cell: (r) => formatRef(r.ref) },
  ];
}

/** Call `use` with a catalog's columns, its requirements and the footnotes they number. */
export function withCatalogListing<R>(
  catalog: Catalog,
  use: (columns: Column<Requirement>[], items: readonly Requirement[], notes: Footnotes) => R,
): R {
  const interpretations: Record<string, string> = {};
  for (const r of catalog.requirements) if (r.interpretation) interpretations[r.id] = r.interpretation;
  const notes = new Footnotes(interpretations);
  return use(catalogColumns(notes), catalog.requirements, notes);
}
