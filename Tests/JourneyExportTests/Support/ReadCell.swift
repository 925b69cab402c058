import Foundation

/// A CSV cell as another program's reader gives it back (``ExportValidator``'s `csv` and
/// `csv-excel` checks): a number, text, or nothing (an empty number column).
enum ReadCell: Equatable, CustomStringConvertible {
  case number(Double)
  case text(String)
  case none

  init(_ value: Any?) {
    switch value {
    case let text as String: self = .text(text)
    case let number as NSNumber: self = .number(number.doubleValue)
    default: self = .none
    }
  }

  var description: String {
    switch self {
    case .number(let value): "\(value)"
    case .text(let text): "\"\(text)\""
    case .none: "none"
    }
  }
}
