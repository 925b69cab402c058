/// What a piece of text means; a theme decides how each role looks.
///
/// Screens speak in roles, never in colours, so a theme (or `NO_COLOR`) can change every colour
/// and meaning still reads: each role that carries meaning also comes with a word or a symbol.
public enum ColorRole: String, CaseIterable, Sendable, Codable {
  case normal
  /// Less important text: hints, times, authors.
  case muted
  /// Titles and the focused tab.
  case accent
  /// The day banner.
  case banner
  /// The status line at the bottom.
  case statusLine = "status-line"
  /// The selected row.
  case selection
  /// Urgent alerts: call the team now.
  case urgent
  /// Call-today alerts, overdue milestones.
  case warning
  /// Done milestones, readings in range.
  case ok
  /// Information.
  case info
  /// Lines and frames.
  case border
  /// The temperature line in the chart.
  case chart
  /// The 38.0 °C line in the chart.
  case threshold
  /// Heat map cells, severity 1 to 4 (0 is `normal`).
  case heat1 = "heat-1"
  case heat2 = "heat-2"
  case heat3 = "heat-3"
  case heat4 = "heat-4"
}
