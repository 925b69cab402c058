/// A limit a measure must stay within: a number, or a multiple of a floor measured in the same
/// run (`6× read`), which the table names beside the limit it works out to.
struct Budget {
  var limit: Double
  /// How the limit was set, when it is a multiple of a floor.
  var name: String?

  static func atMost(_ limit: Double) -> Budget { Budget(limit: limit) }

  func passes(_ value: Double) -> Bool { share(value) <= 1 }

  /// The value as a share of the budget.
  func share(_ value: Double) -> Double { value / limit }

  func text(_ sample: Sample) -> String {
    "≤ " + (name.map { $0 + " = " } ?? "") + sample.text(limit)
  }
}
