extension HTMLReport {
  /// The page's CSS: print first. 180 mm of text fits both A4 (210 mm) and US Letter (216 mm)
  /// inside 12 mm margins; 10 pt type; black on white with greys that survive a black-and-white
  /// printer; charts, tables and headings with what follows kept whole on a page where they fit
  /// (a section breaks only between them). Only fonts the computer already has.
  static let styleSheet: Markup = """
    @page { margin: 12mm; }
    * { box-sizing: border-box; }
    html { background: #fff; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; font: 10pt/1.35 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
    table.page { width: auto; margin: 0 auto; font-size: inherit; border-collapse: collapse; }
    table.page, table.page > tbody > tr { break-inside: auto; }
    table.page > thead > tr > td, table.page > tbody > tr > td { padding: 0; border: 0; }
    thead.running { display: none; }
    @media print { thead.running { display: table-header-group; } }
    .running-header { display: flex; justify-content: space-between; gap: 4mm; width: 180mm; font-size: 8pt; border-bottom: 0.5pt solid #000; padding-bottom: 1mm; margin-bottom: 3mm; }
    main.report { max-width: 180mm; margin: 0 auto; padding: 10mm 0; }
    @media print { main.report { padding: 0; } }
    main.report.bilingual { max-width: 372mm; }
    .languages { display: grid; grid-template-columns: 1fr 1fr; gap: 0 8mm; align-items: start; }
    .language { min-width: 0; overflow-x: auto; }
    .language + .language::before { content: attr(lang); display: block; font-size: 8pt; color: #444; text-transform: uppercase; letter-spacing: 0.06em; }
    @media print, (max-width: 1100px) { main.report.bilingual { max-width: 180mm; } .languages { display: block; } .language + .language { border-left: 2pt solid #888; padding-left: 3mm; } }
    h1 { font-size: 17pt; margin: 1mm 0 0.5mm; }
    h2 { font-size: 12pt; margin: 0 0 1.5mm; padding-bottom: 0.8mm; border-bottom: 1.2pt solid #000; break-after: avoid; }
    h3 { font-size: 10pt; margin: 2.5mm 0 1mm; break-after: avoid; }
    p { margin: 1mm 0; }
    section { margin: 0 0 6mm; }
    .keep, table, ul.alerts, li.alert, svg { break-inside: avoid; }
    table.long { break-inside: auto; }
    h2, h3, .summary { break-after: avoid; }
    .masthead { border: 1.5pt solid #000; padding: 3mm 4mm; margin-bottom: 6mm; break-inside: avoid; }
    .masthead-top { display: flex; justify-content: space-between; gap: 4mm; font-size: 9pt; }
    .masthead-top p { margin: 0; }
    .kind { text-transform: uppercase; letter-spacing: 0.06em; }
    .stand { font-size: 12.5pt; font-weight: bold; margin: 0 0 2mm; }
    dl.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6mm 5mm; margin: 0; }
    dl.facts div { display: flex; gap: 2mm; }
    dt { flex: 0 0 25mm; color: #444; }
    dd { margin: 0; }
    .notice { border: 1.5pt solid #000; padding: 2mm 3mm; margin-bottom: 5mm; }
    table { width: 100%; border-collapse: collapse; break-inside: avoid; font-size: 9pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    th, td { text-align: left; vertical-align: top; padding: 0.7mm 1.4mm; border-bottom: 0.5pt solid #aaa; }
    thead th { border-bottom: 1pt solid #000; font-weight: bold; vertical-align: bottom; }
    tbody th { font-weight: normal; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    .nowrap { white-space: nowrap; }
    .day { color: #444; white-space: nowrap; }
    .by, .small, .more { color: #444; font-size: 8.5pt; }
    .empty { color: #444; font-style: italic; }
    .summary { margin-bottom: 1.5mm; }
    .legend { font-size: 8.5pt; color: #333; margin-top: 1mm; }
    .legend .key { font-weight: bold; margin-left: 2mm; }
    ul.alerts { list-style: none; margin: 0 0 2mm; padding: 0; }
    li.alert { border: 1pt solid #000; border-left-width: 5pt; padding: 1.5mm 3mm; margin-bottom: 1.5mm; }
    li.alert.call-today, li.alert.info { border-left-style: double; }
    .mark { font-weight: bold; margin-right: 1.5mm; }
    .seen { color: #222; }
    td.out { font-weight: bold; }
    abbr { text-decoration: none; }
    ul.reasons { margin: 0.5mm 0 0; padding-left: 4mm; font-size: 8.5pt; }
    .met, .not-met { white-space: nowrap; }
    tr.overdue td, tr.due td { font-weight: bold; }
    table.vitals td { white-space: nowrap; }
    del { text-decoration: line-through; }
    td.note { white-space: pre-wrap; overflow-wrap: anywhere; }
    td, th { overflow-wrap: break-word; }
    svg { display: block; font-family: inherit; }
    svg.temperature-chart { width: 100%; height: auto; margin: 1mm 0; }
    .temperature-chart .frame { fill: none; stroke: #000; stroke-width: 0.8; }
    .temperature-chart .fever-zone { fill: #ededed; }
    .temperature-chart .grid { stroke: #c8c8c8; stroke-width: 0.5; }
    .temperature-chart .tick { stroke: #000; stroke-width: 0.8; }
    .temperature-chart .axis { font-size: 9.5px; fill: #222; }
    .temperature-chart .axis.date { font-size: 8px; fill: #555; }
    .temperature-chart .threshold-label { font-weight: bold; fill: #000; }
    .temperature-chart .fever-line { stroke: #000; stroke-width: 1.4; stroke-dasharray: 6 3; }
    .temperature-chart .fever-label { font-size: 10px; font-weight: bold; fill: #000; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
    .temperature-chart .trace { fill: none; stroke: #8a8a8a; stroke-width: 0.8; }
    .temperature-chart .reading { fill: #fff; stroke: #000; stroke-width: 1; }
    .temperature-chart .fever { fill: #000; }
    table.heatmap { table-layout: fixed; margin-bottom: 2mm; }
    table.heatmap th, table.heatmap td { border: 0.5pt solid #999; padding: 0; }
    table.heatmap col.name { width: 40mm; }
    table.heatmap col.day { width: 4.6mm; }
    table.heatmap tbody th { padding: 0.4mm 1.4mm; font-size: 8.5pt; }
    table.heatmap th.corner { vertical-align: bottom; padding: 0.4mm 1.4mm; }
    table.heatmap th.day { height: 15mm; vertical-align: bottom; font-weight: normal; font-size: 7pt; }
    table.heatmap th.day span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; padding: 0.6mm 0; }
    table.heatmap td { height: 4.6mm; text-align: center; vertical-align: middle; font-size: 8pt; }
    .g0 { background: #fff; color: #555; }
    .g1 { background: #e4e4e4; }
    .g2 { background: #c4c4c4; }
    .g3 { background: #a2a2a2; font-weight: bold; }
    .g4 { background: #7e7e7e; font-weight: bold; }
    .legend .cell { display: inline-block; min-width: 4mm; text-align: center; border: 0.5pt solid #999; margin-left: 1.5mm; }
    table.labs td.trend, table.labs th.trend { width: 27mm; }
    svg.sparkline { width: 26mm; height: 6mm; }
    .sparkline .band { fill: #e2e2e2; }
    .sparkline .spark { fill: none; stroke: #000; stroke-width: 0.9; }
    .sparkline .in { fill: #fff; stroke: #000; stroke-width: 0.9; }
    .sparkline .out { fill: #000; }
    footer { border-top: 0.5pt solid #000; margin-top: 6mm; padding-top: 1.5mm; font-size: 8pt; color: #333; }
    """
}
