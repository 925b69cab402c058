import Foundation
import JourneyCore

/// Pretty, key-sorted JSON for machine output.
enum JSONOutput {
  static func string(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // JSONEncoder escapes C0 controls but leaves DEL, C1 and bidi overrides raw.
    return SafeText.jsonEscaped(String(decoding: try encoder.encode(value), as: UTF8.self))
  }
}

/// An optional written as `null` when absent (Swift's encoders leave the key out), so scripts
/// reading `--json` always find every key.
@propertyWrapper
struct NullWhenAbsent<Value: Encodable>: Encodable {
  var wrappedValue: Value?

  init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
  }
}
