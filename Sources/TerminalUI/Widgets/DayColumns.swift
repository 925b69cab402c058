import JourneyCore

/// Which plot column shows which days: a slot of a few columns per day when the days fit, else
/// several days per column, counted back from the last day so the newest column is whole, the
/// columns spread over the whole width (90 days at 80 columns use all of them, not half).
struct DayColumns: Equatable {
  /// One drawn column: its offset from the plot's left edge and the days (indices) it shows.
  struct Column: Equatable {
    var offset: Int
    var days: Range<Int>
  }

  let columns: [Column]
  /// Cells between neighbouring columns.
  let spacing: Int

  /// - Parameter widest: the most columns a single day may take.
  init(days: Int, width: Int, widest: Int = 6) {
    guard days > 0, width > 0 else {
      columns = []
      spacing = 1
      return
    }
    if days <= width {
      let slot = min(widest, width / days)
      spacing = slot
      columns = (0..<days).map { Column(offset: $0 * slot + slot / 2, days: $0..<$0 + 1) }
    } else {
      let perColumn = (days + width - 1) / width
      let count = (days + perColumn - 1) / perColumn
      spacing = max(1, width / count)
      columns = (0..<count).map { column in
        let end = days - (count - 1 - column) * perColumn
        return Column(offset: column * width / count, days: max(0, end - perColumn)..<end)
      }
    }
  }

  /// Which columns get a tick and a label: every `k`-th counting back from the newest, `k` the
  /// first of a few round numbers that leaves room for labels `labelWidth` wide.
  func tickedColumns(labelWidth: Int) -> [Int] {
    let needed = (labelWidth + 1 + spacing - 1) / spacing
    let every = ChartScale.dayStep(atLeast: needed)
    return columns.indices.filter { (columns.count - 1 - $0) % every == 0 }
  }
}
