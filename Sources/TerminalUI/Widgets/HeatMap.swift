import JourneyCore

/// A symptom-by-day heat map: one row a symptom, one cell a day, each cell showing its severity
/// as a digit (`·` for none, `1` to `4`) in the role `heat-1`…`heat-4`, so it reads without
/// colour; a sign logged only as happened shows `x` the days it happened; a legend in words on
/// the last line.
///
/// ```
/// chills   ·12·  ··
/// headache ··34· 1·
/// · none  1 mild  2 moderate  3 severe  4 very severe  blank: not logged
/// ```
///
/// It scrolls nothing: the caller passes the rows and days to show. Long names are cut with `…`;
/// when the days do not fit one a cell, a cell shows the worst of a few days (``daysPerCell(
/// width:)``), so every day logged shows.
public struct HeatMap: Sendable {
  /// One symptom: its name and a severity a day (0–4), oldest first; nil where not logged. A row
  /// shorter than the longest is blank for the days it lacks, at the end.
  public struct Row: Equatable, Sendable {
    public var name: String
    public var values: [Int?]
    /// A sign logged only as happened (fainting, a seizure): a day it happened shows ``happened``,
    /// never a severity digit.
    public var happensOnly: Bool

    public init(name: String, values: [Int?], happensOnly: Bool = false) {
      self.name = name
      self.values = values
      self.happensOnly = happensOnly
    }
  }

  /// The mark of a day a sign logged only as happened happened, in the role `heat-3`.
  public static let happened = Cell("x", style: Style(.heat3))
  /// The legend's word for ``happened``.
  public static var happenedWord: String { Timeline.happenedLabels(in: Language.current)[1] }

  public var rows: [Row]
  public var glyphs: Glyphs

  /// The severity words, 0 to 4, as PRO-CTCAE grades them, in ``Language/current``.
  public static var severityWords: [String] { Timeline.severityLabels }
  /// The legend's word for a day with nothing logged.
  public static var notLogged: String { tr("blank: not logged") }

  public init(rows: [Row], glyphs: Glyphs = .unicode) {
    self.rows = rows
    self.glyphs = glyphs
  }

  /// The glyph and style of one cell: `·` (none) in normal, `1`…`4` in heat-1…heat-4, blank
  /// when not logged, `?` (warning) for a value outside 0–4.
  public func cell(_ value: Int?) -> Cell {
    switch value {
    case nil: Cell(" ")
    case 0: Cell(glyphs.none, style: Style(.muted))
    case 1: Cell("1", style: Style(.heat1))
    case 2: Cell("2", style: Style(.heat2))
    case 3: Cell("3", style: Style(.heat3))
    case 4: Cell("4", style: Style(.heat4))
    default: Cell("?", style: Style(.warning))
    }
  }

  /// Draws the rows that fit above the legend, clearing the rectangle first.
  public func render(into buffer: inout CellBuffer, x: Int, y: Int, width: Int, height: Int) {
    buffer.fill(x: x, y: y, width: width, height: height)
    guard width > 0, height > 0 else { return }
    let days = rows.map(\.values.count).max() ?? 0
    let longest = rows.map { TextWidth.of(text: $0.name) }.max() ?? 0
    let nameWidth = min(longest, max(6, width / 3), width)
    let gridX = x + nameWidth + 1
    let gridWidth = max(0, x + width - gridX)
    let layout = DayColumns(days: days, width: gridWidth, widest: 3)
    let cellWidth = max(1, min(3, layout.spacing))
    for (index, row) in rows.prefix(max(0, height - 1)).enumerated() {
      buffer.putCut(
        row.name, x: x, y: y + index, maxWidth: nameWidth, ellipsis: glyphs.ellipsis,
        ellipsisStyle: Style(.muted))
      for column in layout.columns {
        let logged = column.days.compactMap { $0 < row.values.count ? row.values[$0] : nil }
        let worst = logged.max()
        let cell = row.happensOnly && (worst ?? 0) > 0 ? HeatMap.happened : cell(worst)
        let cellX = gridX + column.offset - (column.days.count == 1 ? cellWidth / 2 : 0)
        let shownWidth = column.days.count == 1 ? cellWidth : 1
        buffer.fill(x: cellX, y: y + index, width: shownWidth, height: 1, style: cell.style)
        buffer.put(cell.text, x: cellX + (shownWidth - 1) / 2, y: y + index, style: cell.style)
      }
    }
    drawLegend(into: &buffer, x: x, y: y + height - 1, width: width)
  }

  /// How many days one cell shows when `width` cells are drawn for the rows' days: 1 when they
  /// fit.
  public func daysPerCell(width: Int) -> Int {
    let days = rows.map(\.values.count).max() ?? 0
    let longest = rows.map { TextWidth.of(text: $0.name) }.max() ?? 0
    let nameWidth = min(longest, max(6, width / 3), width)
    let gridWidth = max(0, width - nameWidth - 1)
    return DayColumns(days: days, width: gridWidth, widest: 3).columns.first?.days.count ?? 1
  }

  /// The legend, each mark in its cell's style: the longest form that fits (all five words and
  /// "blank: not logged"; the five; none, mild … very severe), else the shortest, cut.
  private func drawLegend(into buffer: inout CellBuffer, x: Int, y: Int, width: Int) {
    let words = HeatMap.severityWords
    let severity = (0...4).map { (mark: Optional(cell($0)), word: words[$0]) }
    let blank = (mark: Cell?.none, word: HeatMap.notLogged)
    let skip = (mark: Cell?.none, word: glyphs.ellipsis)
    // A map with a sign logged only as happened explains its mark first.
    let happened =
      rows.contains { $0.happensOnly }
      ? [(mark: Optional(HeatMap.happened), word: HeatMap.happenedWord)] : []
    let forms = [
      happened + severity + [blank], happened + severity,
      happened + [severity[0], severity[1], skip, severity[4]],
    ]
    let gap = "  "
    let length = { (form: [(mark: Cell?, word: String)]) in
      form.map { ($0.mark == nil ? 0 : 2) + TextWidth.of(text: $0.word) }.reduce(0, +)
        + gap.count * (form.count - 1)
    }
    let chosen = forms.first { length($0) <= width } ?? forms[forms.count - 1]
    var column = x
    for (index, item) in chosen.enumerated() where column < x + width {
      let room = { x + width - column }
      if index > 0 { column += buffer.put(gap, x: column, y: y, maxWidth: room()) }
      if let mark = item.mark {
        column += buffer.put(mark.text, x: column, y: y, style: mark.style, maxWidth: room())
        column += buffer.put(" ", x: column, y: y, maxWidth: room())
      }
      column += buffer.put(item.word, x: column, y: y, style: Style(.muted), maxWidth: room())
    }
  }
}
