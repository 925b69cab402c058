/// The symbols widgets draw with: box lines and marks in Unicode, or plain ASCII for a terminal
/// without a UTF-8 locale.
///
/// Marks that carry meaning (`high`, the heat map's digits) are shapes of their own, never a
/// recoloured `point`, so they read in monochrome too.
public struct Glyphs: Equatable, Sendable {
  /// Lines: the fever line, the x-axis.
  public var horizontal: String
  /// The y-axis.
  public var vertical: String
  /// Where the axes meet.
  public var corner: String
  /// A tick on the x-axis, under a labelled day.
  public var tick: String
  /// A reading below the threshold.
  public var point: String
  /// A reading at or above the threshold; a lab value above its range.
  public var high: String
  /// A lab value below its range.
  public var low: String
  /// Severity 0 (logged as none) in the heat map.
  public var none: String
  /// Marks text cut short.
  public var ellipsis: String

  public init(
    horizontal: String, vertical: String, corner: String, tick: String, point: String,
    high: String, low: String, none: String, ellipsis: String
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.corner = corner
    self.tick = tick
    self.point = point
    self.high = high
    self.low = low
    self.none = none
    self.ellipsis = ellipsis
  }

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", corner: "└", tick: "┬", point: "•", high: "▲", low: "▼",
    none: "·",
    ellipsis: "…")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", corner: "+", tick: "+", point: "o", high: "^", low: "v",
    none: ".",
    ellipsis: "~")
}
