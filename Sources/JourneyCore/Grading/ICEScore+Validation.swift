extension ICEScore {
  /// One of the five ICE tasks: its name, its points and what the patient is asked to do.
  public struct Item: Sendable {
    /// The field name, which is also the command-line option (`orientation` → `--orientation`).
    public let name: String
    public let points: ClosedRange<Int>
    /// The task, as the nurse asks it, in ``Language/current``.
    public var task: String { words() }
    /// The task's words, made when asked (the items are made once, before any language).
    let words: @Sendable () -> String
    let value: @Sendable (ICEScore) -> Int
  }

  /// The five tasks in the order the ICE score lists them (clinical.md §3.1).
  public static let items: [Item] = [
    Item(
      name: "orientation", points: 0...4,
      words: { tr("%s: one point each", tr("year, month, city, hospital")) },
      value: \.orientation),
    Item(
      name: "naming", points: 0...3, words: { tr("%s: one point each", tr("names three objects")) },
      value: \.naming),
    Item(
      name: "commands", points: 0...1,
      words: { tr("follows a simple command (\"show me 2 fingers\")") }, value: \.commands),
    Item(
      name: "writing", points: 0...1, words: { tr("writes a standard sentence") },
      value: \.writing),
    Item(
      name: "attention", points: 0...1, words: { tr("counts backwards from 100 by ten") },
      value: \.attention),
  ]

  /// The whole score runs from 0 to 10; 10 is no impairment.
  public static let totalPoints = 0...10

  /// An ICE item scored outside its points.
  public struct RangeError: Error, Equatable, CustomStringConvertible {
    /// The item's name, e.g. `orientation`.
    public let item: String
    public let value: Int
    public let points: ClosedRange<Int>
    /// The item's task, in ``Language/current``.
    public var task: String { ICEScore.items.first { $0.name == item }?.task ?? "" }

    public var description: String {
      tr(
        "ICE %1$s %2$s is outside %3$s–%4$s (%5$s)", item, String(value),
        String(points.lowerBound), String(points.upperBound), task)
    }
  }

  /// Refuses a score with any item outside its points, naming the first such item and its range.
  public func validate() throws(RangeError) {
    for item in Self.items where !item.points.contains(item.value(self)) {
      throw RangeError(item: item.name, value: item.value(self), points: item.points)
    }
  }
}
