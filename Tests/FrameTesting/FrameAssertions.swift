import TerminalUI
import Testing

/// Whole-frame assertions, as ratatui's `assert_buffer_lines`: every line of the frame, with
/// its size, compared at once; a difference is reported line by line. Shared by the screen
/// tests and the README's captures (swift-argument-parser keeps its test helpers in a target
/// of their own too).
public enum FrameAssertions {
  /// The lines that differ, as `  7 − expected` / `  7 + actual` pairs; empty when equal.
  public static func differences(_ actual: [String], _ expected: [String]) -> [String] {
    var report: [String] = []
    for index in 0..<max(actual.count, expected.count) {
      let want = index < expected.count ? expected[index] : nil
      let got = index < actual.count ? actual[index] : nil
      guard want != got else { continue }
      let number = String(repeating: " ", count: max(0, 3 - String(index).count)) + String(index)
      report.append("\(number) − " + (want.map { "\"\($0)\"" } ?? "(no line)"))
      report.append("\(number) + " + (got.map { "\"\($0)\"" } ?? "(no line)"))
    }
    return report
  }
}

/// Expects `frame` to be exactly `lines` (trailing blanks of each line not counted), one line
/// per row of the frame, none wider than it; `cursorRow`, when given, is where the terminal's
/// cursor must be (the focused row, for screen readers).
public func expectFrame(
  _ frame: CellBuffer, _ lines: [String], cursorRow: Int? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    lines.count == frame.size.height,
    "the expected frame has \(lines.count) lines; the frame has \(frame.size.height)",
    sourceLocation: sourceLocation)
  let wide = lines.enumerated().filter { TextWidth.of(text: $0.element) > frame.size.width }
  #expect(
    wide.isEmpty, "expected lines wider than \(frame.size.width): \(wide.map(\.offset))",
    sourceLocation: sourceLocation)
  let report = FrameAssertions.differences(frame.lines, lines)
  let comment = "the frame differs (− expected, + actual):\n" + report.joined(separator: "\n")
  #expect(report.isEmpty, Comment(rawValue: comment), sourceLocation: sourceLocation)
  if let cursorRow {
    #expect(frame.cursor?.y == cursorRow, "the cursor", sourceLocation: sourceLocation)
  }
}

/// Expects the frame of `state` at `size` (80x24 unless given) to be exactly `lines`.
public func expectFrame(
  _ state: AppState, size: Size = Frame.comfortable, _ lines: [String], cursorRow: Int? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  expectFrame(
    Frame.render(state, size: size), lines, cursorRow: cursorRow, sourceLocation: sourceLocation)
}
