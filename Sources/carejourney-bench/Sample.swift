import Foundation
import JourneyCore
import JourneyStore

/// What one measure gave over its runs.
struct Sample {
  enum Unit { case seconds, kilobytes, ratio }

  var values: [Double]
  var unit: Unit

  var median: Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  var worst: Double { values.max() ?? .nan }

  func text(_ value: Double) -> String {
    switch unit {
    case .seconds:
      return value >= 1 ? String(format: "%.2f s", value) : String(format: "%.1f ms", value * 1000)
    case .kilobytes: return String(format: "%.1f MB", value / 1024)
    case .ratio: return String(format: "%.2f×", value)
    }
  }
}
