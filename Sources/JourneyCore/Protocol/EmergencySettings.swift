/// The emergency numbers a protocol knows, by region, and the region a new journey starts with.
/// Every urgent alert names the number; `carejourney settings --region` or
/// `--emergency-number` changes it for one journey.
public struct EmergencySettings: Equatable, Sendable {
  /// One region's emergency number (`EU` → `112`).
  public struct Number: Equatable, Sendable {
    /// As typed after `settings --region` (`EU`, `UK`, `US`); compared without case.
    public var region: String
    public var number: String

    public init(region: String, number: String) {
      self.region = region
      self.number = number
    }
  }

  /// The region a journey uses until `settings` says otherwise.
  public var region: String
  public var numbers: [Number]

  public init(region: String, numbers: [Number]) {
    self.region = region
    self.numbers = numbers
  }

  /// The number of a region, nil for one the protocol does not list.
  public func number(forRegion name: String) -> String? {
    numbers.first { $0.region.lowercased() == name.lowercased() }?.number
  }

  /// The default region's number; nil only for a protocol that lists none.
  public var defaultNumber: String? { number(forRegion: region) }

  /// `EU 112, UK 999, US 911`.
  public var listText: String {
    numbers.map { "\($0.region) \($0.number)" }.joined(separator: ", ")
  }
}
