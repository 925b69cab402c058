import Foundation

/// Values made once each, by key, from any thread: a language's catalogs, a command's help page
/// in a language. The first caller for a key makes its value; later ones get the same.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Key: Value] = [:]

  public init() {}

  /// The value for `key`, made by `make` the first time it is asked for.
  public func value(_ key: Key, make: () -> Value) -> Value {
    lock.withLock {
      if let known = values[key] { return known }
      let value = make()
      values[key] = value
      return value
    }
  }
}
