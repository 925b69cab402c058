import Foundation
import JourneyCore

/// Pretty, key-sorted JSON for machine output.
public enum JSONOutput {
  /// `value` as the `--json` outputs print it, with DEL, C1 and bidi characters escaped too.
  public static func string(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // JSONEncoder escapes C0 controls but leaves DEL, C1 and bidi overrides raw.
    return SafeText.jsonEscaped(String(decoding: try encoder.encode(value), as: UTF8.self))
  }
}
