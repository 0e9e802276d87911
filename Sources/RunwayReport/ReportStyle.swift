/// The report's style sheet, inline so that the page needs nothing else:
/// system fonts, tables whose figures line up, charts that scale to the
/// page; printed, page 1 stands alone, charts and table rows never break,
/// and every page is numbered.
enum ReportStyle {
  static let css = """
    body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1d232b; margin: 0; }
    main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
    h2 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; border-bottom: 1px solid #d5dbe3; padding-bottom: .2rem; }
    .lede { color: #3c4653; }
    table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .92em; }
    th, td { padding: .25rem .6rem; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
    th { text-align: left; font-weight: 600; background: #f4f6f8; }
    td:first-child { min-width: 11em; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td { overflow-wrap: break-word; }
    figure { margin: .5rem 0 1.2rem; }
    figcaption { color: #5a6573; font-size: .85rem; }
    svg { width: 100%; height: auto; display: block; font-size: 11px; }
    svg .axis, svg .zero { stroke: #6b7785; stroke-width: 1; }
    svg .grid { stroke: #e3e7ec; stroke-width: 1; }
    svg .tick { fill: #4a5563; }
    svg .bar { fill: #4f7cac; }
    svg .bar.loss, svg .step.loss { fill: #c8553d; }
    svg .step { fill: #5b9a68; }
    svg .step.total { fill: #2f4b6e; }
    svg .swing.low { fill: #9dbbd9; }
    svg .swing.high { fill: #2f4b6e; }
    svg .marker { stroke: #1d232b; stroke-width: 1.2; stroke-dasharray: 4 3; }
    svg .marker-label { fill: #1d232b; font-weight: 600; }
    svg .curve, svg .median { fill: none; stroke: #2f4b6e; stroke-width: 2; }
    svg .series-1 { stroke: #c8553d; stroke-dasharray: 7 4; }
    svg .series-2 { stroke: #5b9a68; stroke-dasharray: 2 3; }
    svg .series-3 { stroke: #8a6bb1; stroke-dasharray: 10 3 2 3; }
    svg .mean { fill: none; stroke: #2f4b6e; stroke-width: 1.2; stroke-dasharray: 5 4; }
    svg .band { fill: #4f7cac; fill-opacity: .25; stroke: none; }
    svg .name, svg .value { fill: #1d232b; }
    @page { size: A4; margin: 14mm 14mm 16mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9px system-ui, "DejaVu Sans", sans-serif; color: #5a6573; } }
    @media print { main { max-width: none; padding: 0; } .page-one { break-after: page; } figure, tr { break-inside: avoid; } h2 { break-after: avoid; } .page-one figure svg { max-height: 95mm; } }
    """
}
