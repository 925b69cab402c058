import TOMLKit

extension TOMLTableReader {
  /// How a message names a value of the wrong type.
  public enum WrongTypeWording: Sendable {
    /// By its TOML type: `day must be a whole number, not a string` (protocol files).
    case typeName
    /// By the value as written: `uses-color must be true or false, not "yes"` (theme files).
    case value
  }

  /// The error for `key` holding `value` where `expected` was wanted.
  public func mistyped(
    _ key: String, _ value: any TOMLValueConvertible, _ expected: String
  ) -> TOMLFileError {
    let found =
      switch wrongType {
      case .typeName: TOMLTableReader.describe(value.type)
      case .value: value.debugDescription
      }
    return error(key, "\(key) must be \(expected), not \(found)")
  }

  /// A TOML type in words, with its article.
  static func describe(_ type: TOMLType) -> String {
    switch type {
    case .table: "a table"
    case .array: "an array"
    case .string: "a string"
    case .int: "a whole number"
    case .double: "a decimal number"
    case .bool: "true/false"
    case .date: "a date"
    case .time: "a time"
    case .dateTime: "a date and time"
    }
  }
}
