import ArgumentParser
import Foundation
import JourneyCore

/// The one table the benchmark prints.
struct Table {
  private var rows: [[String]] = []
  /// How far over its budget each budgeted median is (0.5: half the budget).
  private var shares: [Double] = []

  /// Whether a median is over `factor` times its budget.
  func over(_ factor: Double) -> Bool { shares.contains { $0 > factor } }

  mutating func add(size: String, measure: String, sample: Sample, budget: Budget?) {
    var result = ""
    if let budget {
      result = budget.passes(sample.median) ? "pass" : "FAIL"
      shares.append(budget.share(sample.median))
    }
    rows.append([
      size, measure, sample.text(sample.median),
      sample.values.count > 1 ? sample.text(sample.worst) : "", budget?.text(sample) ?? "", result,
    ])
  }

  mutating func skip(size: String, measure: String, why: String) {
    rows.append([size, measure, "", "", "", why])
  }

  func text() -> String {
    let header = ["size", "measure", "median", "worst", "budget", "result"]
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return column >= 2 && column <= 4 ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n")
  }
}
