/// An optional written as `null` when absent (Swift's encoders leave the key out), so scripts
/// reading `--json` always find every key.
@propertyWrapper
public struct NullWhenAbsent<Value: Encodable>: Encodable {
  public var wrappedValue: Value?

  public init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
  }
}
