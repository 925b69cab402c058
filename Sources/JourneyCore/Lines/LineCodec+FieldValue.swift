import Foundation

extension LineCodec {
  /// Marks a decoding error's `debugDescription` as our own words for a person (a timestamp or a
  /// date that does not read), in ``Language/current``; any other is the JSON reader's, and is
  /// said again in our words (``describe(_:value:)``).
  struct OwnWords: Error {}

  /// A field's value, as written in the line, that the JSON reader does not know: a text
  /// (`"phase": "orbit"`) or a number (too large for its field).
  enum FieldValue: Sendable, Equatable {
    case text(String)
    case number(String)

    /// Why the field's value cannot be read, in ``Language/current``.
    var reason: String {
      switch self {
      case .text(let text): tr("unknown value \"%s\"", text)
      case .number(let number): tr("the value %s is not allowed here", number)
      }
    }
  }

  /// One step of a field's path inside a line (a key, or a place in a list); sendable, so it can
  /// travel in a decoder's `userInfo`.
  struct PathKey: CodingKey, Sendable {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
      self.stringValue = stringValue
      intValue = nil
    }

    init(intValue: Int) {
      stringValue = String(intValue)
      self.intValue = intValue
    }

    init(_ key: any CodingKey) {
      stringValue = key.stringValue
      intValue = key.intValue
    }
  }

  /// The value the JSON reader could not take, when `error` is the reader's own (not our words)
  /// and points into the object `decoder` reads, `depth` steps below the document's top.
  static func refusedValue(
    _ error: Swift.DecodingError, in decoder: any Decoder, below depth: Int = 0
  ) -> FieldValue? {
    guard let path = refusedPath(error, below: depth) else { return nil }
    return value(at: path[...], in: decoder)
  }

  /// ``refusedValue(_:in:below:)`` for the line `text`, read again to find it.
  static func refusedValue(_ error: Swift.DecodingError, inLine text: String) -> FieldValue? {
    guard let path = refusedPath(error, below: 0) else { return nil }
    let reader = JSONDecoder()
    reader.userInfo[ValueProbe.path] = path
    return (try? reader.decode(ValueProbe.self, from: Data(text.utf8)))?.value
  }

  /// Where the reader's own `dataCorrupted` error points, counted from the object; nil for
  /// another error, our own words, or the object itself.
  private static func refusedPath(_ error: Swift.DecodingError, below depth: Int) -> [PathKey]? {
    guard case .dataCorrupted(let context) = error, !(context.underlyingError is OwnWords) else {
      return nil
    }
    let path = context.codingPath.dropFirst(depth).map(PathKey.init)
    return path.isEmpty ? nil : path
  }

  /// The value at `path` below what `decoder` reads, if it is a text or a number.
  private static func value(at path: ArraySlice<PathKey>, in decoder: any Decoder) -> FieldValue? {
    guard let key = path.first else {
      guard let single = try? decoder.singleValueContainer() else { return nil }
      if let text = try? single.decode(String.self) { return .text(text) }
      if let number = try? single.decode(Decimal.self) { return .number("\(number)") }
      return nil
    }
    let inner: any Decoder
    if let index = key.intValue {
      guard var list = try? decoder.unkeyedContainer() else { return nil }
      for _ in 0..<index where (try? list.decode(Skipped.self)) == nil { return nil }
      guard let element = try? list.superDecoder() else { return nil }
      inner = element
    } else {
      guard let object = try? decoder.container(keyedBy: PathKey.self),
        let field = try? object.superDecoder(forKey: key)
      else { return nil }
      inner = field
    }
    return value(at: path.dropFirst(), in: inner)
  }

  /// Any value, passed over.
  private struct Skipped: Decodable {
    init(from decoder: any Decoder) {}
  }

  /// A line read again only for the value at the path in the reader's `userInfo`.
  private struct ValueProbe: Decodable {
    static let path = CodingUserInfoKey(rawValue: "carejourney.refusedPath")!
    let value: FieldValue?

    init(from decoder: any Decoder) {
      let path = decoder.userInfo[ValueProbe.path] as? [PathKey] ?? []
      value = path.isEmpty ? nil : LineCodec.value(at: path[...], in: decoder)
    }
  }
}
