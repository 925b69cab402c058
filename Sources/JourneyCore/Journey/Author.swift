/// Who wrote a line: every event and entry carries it, as a signature does on a paper chart.
public struct Author: Codable, Hashable, Sendable, CustomStringConvertible {
  public var role: Role
  public var name: String

  public init(role: Role, name: String) {
    self.role = role
    self.name = name
  }

  /// `Ana (nurse)`, the role in ``Language/current``.
  public var description: String { "\(name) (\(role.title))" }
}
