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

  init(_ label: String, _ arguments: [String], time: Multiple?, megabytes: Double) {
    (self.label, self.arguments, self.time, self.megabytes) = (label, arguments, time, megabytes)
  }

  /// At ten years, the multiple of its floor and its memory; with less history, the budget
  /// every such command has (DESIGN.md: 0.5 s, 40 MB), as a floor of a month means little.
  func budgets(at size: HistorySize, floors: Floors) -> (time: Budget?, memory: Budget) {
    guard size.days >= HistorySize.decade.days else {
      return (.atMost(0.5), .atMost(40 * 1024))
    }
    let memory = Budget.atMost(megabytes * 1024)
    switch time {
    case .read(let factor)?:
      let limit = factor * floors.read
      return (Budget(limit: limit, name: "\(Int(factor))× read"), memory)
    case .start(let factor)?:
      let limit = factor * floors.start
      return (Budget(limit: limit, name: "\(Int(factor))× start"), memory)
    case nil:
      return (nil, memory)
    }
  }
}
