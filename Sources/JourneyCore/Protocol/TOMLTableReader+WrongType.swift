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
    return error(key, tr("%1$s must be %2$s, not %3$s", key, expected, found))
  }

  /// A TOML type in words, with its article.
  static func describe(_ type: TOMLType) -> String {
    switch type {
    case .table: tr("a table", context: "TOML type")
    case .array: tr("an array", context: "TOML type")
    case .string: tr("a string", context: "TOML type")
    case .int: tr("a whole number", context: "TOML type")
    case .double: tr("a decimal number", context: "TOML type")
    case .bool: tr("true/false", context: "TOML type")
    case .date: tr("a date", context: "TOML type")
    case .time: tr("a time", context: "TOML type")
    case .dateTime: tr("a date and time", context: "TOML type")
    }
  }
}
