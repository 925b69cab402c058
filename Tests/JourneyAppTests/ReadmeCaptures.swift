import Foundation

/// The screen captures in the README: each fenced block after a `<!-- frame: NAME -->` line,
/// read by name and written back with new lines (`CAREJOURNEY_UPDATE_README=1`).
struct ReadmeCaptures {
  /// One capture: the scenario's name and the block's lines.
  struct Capture: Equatable {
    let name: String
    let lines: [String]
  }

  static let marker = "<!-- frame: "
  static let fence = "```"

  /// The README beside the package.
  static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  private(set) var text: [String]

  init(text: String) {
    self.text = text.components(separatedBy: "\n")
  }

  /// The README as it is on disk.
  static func load() throws -> ReadmeCaptures {
    ReadmeCaptures(text: try String(contentsOf: url, encoding: .utf8))
  }

  /// Every capture, in the README's order; a marker not followed by a fenced block is a
  /// capture with no lines and the name `NAME (no block after it)`.
  var captures: [Capture] {
    blocks.map { Capture(name: $0.name, lines: Array(text[$0.lines])) }
  }

  /// Puts `lines` in place of the block named `name`; false when there is no such block.
  mutating func replace(_ name: String, with lines: [String]) -> Bool {
    guard let block = blocks.first(where: { $0.name == name }) else { return false }
    text.replaceSubrange(block.lines, with: lines)
    return true
  }

  /// The README's text.
  var joined: String { text.joined(separator: "\n") }

  /// Each marker's name and the range of the lines between its fences.
  private var blocks: [(name: String, lines: Range<Int>)] {
    text.indices.compactMap { index in
      let line = text[index]
      guard line.hasPrefix(Self.marker), line.hasSuffix(" -->") else { return nil }
      let name = String(line.dropFirst(Self.marker.count).dropLast(4))
      let open = index + 1
      guard open < text.count, text[open] == Self.fence,
        let close = text[(open + 1)...].firstIndex(of: Self.fence)
      else { return (name + " (no block after it)", open..<open) }
      return (name, (open + 1)..<close)
    }
  }
}
