/// A role plus text attributes; the unit a cell is styled in.
public struct Style: Hashable, Sendable {
  public var role: ColorRole
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool

  public init(
    _ role: ColorRole = .normal, bold: Bool = false, underline: Bool = false,
    reverse: Bool = false, dim: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }

  public static let normal = Style()
}
