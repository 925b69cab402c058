/// A command that reads the whole history, with its budgets.
struct WholeHistoryCommand {
  /// A time budget as a multiple of a floor.
  enum Multiple {
    case read(Double)
    case start(Double)
  }

  var label: String
  var arguments: [String]
  var time: Multiple?
  var megabytes: Double
  var tracked: Bool

  init(
    _ label: String, _ arguments: [String], time: Multiple?, megabytes: Double,
    tracked: Bool = false
  ) {
    (self.label, self.arguments, self.time) = (label, arguments, time)
    (self.megabytes, self.tracked) = (megabytes, tracked)
  }

  /// At ten years, the multiple of its floor and its memory; with less history, the budget
  /// every such command has (DESIGN.md: 0.5 s, 40 MB), as a floor of a month means little.
  func budgets(at size: HistorySize, floors: Floors) -> (time: Budget?, memory: Budget) {
    guard size.days >= HistorySize.decade.days else {
      return (.atMost(0.5, tracked: tracked), .atMost(40 * 1024, tracked: tracked))
    }
    let memory = Budget.atMost(megabytes * 1024, tracked: tracked)
    switch time {
    case .read(let factor)?:
      let limit = factor * floors.read
      return (Budget(limit: limit, name: "\(Int(factor))× read", tracked: tracked), memory)
    case .start(let factor)?:
      let limit = factor * floors.start
      return (Budget(limit: limit, name: "\(Int(factor))× start", tracked: tracked), memory)
    case nil:
      return (nil, memory)
    }
  }
}
