import Foundation

/// Where new line ids come from: random in the program, counted in tests that want to name
/// the lines they wrote.
public struct IDSource: Sendable {
  /// A new unique id.
  public let next: @Sendable () -> String

  /// Ids made by `next`.
  public init(next: @escaping @Sendable () -> String) {
    self.next = next
  }

  /// 16 random hex digits, as every line written so far carries.
  public static let random = IDSource {
    String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16))
  }

  /// `prefix1`, `prefix2`, ... in order (tests).
  public static func counting(prefix: String) -> IDSource {
    let counter = Counter()
    return IDSource { prefix + String(counter.next()) }
  }
}
