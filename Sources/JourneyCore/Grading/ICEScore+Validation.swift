extension ICEScore {
  /// One of the five ICE tasks: its name, its points and what the patient is asked to do.
  public struct Item: Sendable {
    /// The field name, which is also the command-line option (`orientation` → `--orientation`).
    public let name: String
    public let points: ClosedRange<Int>
    /// The task, as the nurse asks it.
    public let task: String
    let value: @Sendable (ICEScore) -> Int
  }

  /// The five tasks in the order the ICE score lists them (clinical.md §3.1).
  public static let items: [Item] = [
    Item(
      name: "orientation", points: 0...4, task: "year, month, city, hospital: one point each",
      value: \.orientation),
    Item(
      name: "naming", points: 0...3, task: "names three objects: one point each",
      value: \.naming),
    Item(
      name: "commands", points: 0...1,
      task: "follows a simple command such as \"show me 2 fingers\"",
      value: \.commands),
    Item(name: "writing", points: 0...1, task: "writes a standard sentence", value: \.writing),
    Item(
      name: "attention", points: 0...1, task: "counts backwards from 100 by ten",
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
    public let task: String

    public var description: String {
      "ICE \(item) \(value) is outside \(points.lowerBound)–\(points.upperBound) (\(task))"
    }
  }

  /// Refuses a score with any item outside its points, naming the first such item and its range.
  public func validate() throws(RangeError) {
    for item in Self.items where !item.points.contains(item.value(self)) {
      throw RangeError(
        item: item.name, value: item.value(self), points: item.points, task: item.task)
    }
  }
}
