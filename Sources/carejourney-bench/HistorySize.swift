import Foundation
import JourneyCore
import JourneyStore

/// A length of history to measure at.
struct HistorySize: Equatable {
  var name: String
  var days: Int

  static let month = HistorySize(name: "1 month", days: 30)
  static let year = HistorySize(name: "1 year", days: 365)
  static let decade = HistorySize(name: "10 years", days: 3_650)

  /// `1m`, `1y`, `10y`, `90d`.
  init?(parsing text: Substring) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let unit = trimmed.last, let count = Int(trimmed.dropLast()), count > 0 else {
      return nil
    }
    switch unit {
    case "d": self.init(name: count == 1 ? "1 day" : "\(count) days", days: count)
    case "m": self.init(name: count == 1 ? "1 month" : "\(count) months", days: count * 30)
    case "y": self.init(name: count == 1 ? "1 year" : "\(count) years", days: count * 365)
    default: return nil
    }
  }

  init(name: String, days: Int) {
    self.name = name
    self.days = days
  }
}
