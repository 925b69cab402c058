/// Who wrote a line: every event and entry carries it, as a signature does on a paper chart.
public struct Author: Codable, Hashable, Sendable, CustomStringConvertible {
  public var role: Role
  public var name: String

  public init(role: Role, name: String) {
    self.role = role
    self.name = name
  }

  /// Whether the name is known: a nurse's stays empty until typed (``KeyboardPerson``).
  public var hasName: Bool { !name.isEmpty }

  /// `Ana (nurse)`, the role in ``Language/current``; the role alone while no name is known.
  public var description: String { hasName ? "\(name) (\(role.title))" : role.title }
}
