// A report as data: sections of paragraphs, tables and charts, built from a pipeline's result
// object only (never by recomputing), then rendered to one self-contained HTML file, Markdown
// and CSV tables, and SVG/PNG charts.

/** A table of already-formatted cells; `numeric` marks right-aligned columns. */
export interface ReportTable {
  id: string;
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
  numeric?: boolean[];
  /** Footnotes under the table (suppression symbols, method notes). */
  notes?: string[];
  /**
   * Columns, outermost first, whose runs of equal values the HTML shows as heading rows over
   * their rows (one `tbody` per run) instead of repeating them on every row, so the rows stay
   * short; CSV and Markdown keep them as columns. A level given as several columns heads its
   * rows with their non-empty values joined by " — ".
   */
  groupBy?: (number | number[])[];
}

export interface ReportChart {
  id: string;
  title: string;
  /** Text alternative describing what the chart shows, for screen readers. */
  description: string;
  /** A Vega-Lite specification with its data inlined. */
  spec: Record<string, unknown>;
  /**
   * Draws the chart's SVG file without Vega (report/figures/), in a few milliseconds where Vega
   * takes tens; absent, the SVG file is Vega's drawing of `spec`. The report's interactive chart
   * is always `spec`.
   */
  drawSvg?: () => string;
  /** The chart's data as a table, shown under the chart for readers who prefer numbers. */
  table?: ReportTable;
}

export type ReportBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "headline"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; table: ReportTable }
  | { kind: "chart"; chart: ReportChart }
  | { kind: "definitions"; items: [term: string, definition: string][] };

export interface ReportSection {
  id: string;
  title: string;
  blocks: ReportBlock[];
}

/** A report before rendering: title, sections of text, tables and charts, and the provenance shown in the footer. `renderHtml` and `writeReportFiles` take it. */
export interface ReportDocument {
  title: string;
  subtitle?: string;
  sections: ReportSection[];
  /** Shown in the footer: tool version, plan hash, input hashes. */
  provenance: [label: string, value: string][];
}

/** Every chart and table in a document, in reading order. */
export function collectParts(doc: ReportDocument): { charts: ReportChart[]; tables: ReportTable[] } {
  const charts: ReportChart[] = [];
  const tables: ReportTable[] = [];
  for (const section of doc.sections)
    for (const block of section.blocks) {
      if (block.kind === "chart") {
        charts.push(block.chart);
        if (block.chart.table) tables.push(block.chart.table);
      } else if (block.kind === "table") tables.push(block.table);
    }
  return { charts, tables };
}
