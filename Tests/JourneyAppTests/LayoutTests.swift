import Foundation
import Testing

/// The README's Layout section names every source target and every folder inside one, under
/// its target, so a newcomer finds the room for a change there and the section cannot drift
/// from the tree.
@Suite struct LayoutTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The Layout section's block: its lines, by the target they are under.
  static func layout() throws -> [String: String] {
    let readme = try String(
      contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.components(separatedBy: "## Layout\n").dropFirst().first)
    let block = try #require(section.components(separatedBy: "```").dropFirst().first)
    var byTarget: [String: String] = [:]
    var target = ""
    for line in block.split(separator: "\n") {
      if line.hasPrefix("Sources/") {
        target = String(line.split(separator: " ")[0].dropFirst("Sources/".count))
      } else if !line.hasPrefix(" ") {
        target = ""
      }
      byTarget[target, default: ""] += line + "\n"
    }
    return byTarget
  }

  static func folders(in path: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path.path).filter { name in
      var folder: ObjCBool = false
      return FileManager.default.fileExists(
        atPath: path.appendingPathComponent(name).path, isDirectory: &folder) && folder.boolValue
    }.sorted()
  }

  @Test func everySourceFolderIsInTheLayout() throws {
    let layout = try Self.layout()
    let sources = Self.root.appendingPathComponent("Sources")
    for target in try Self.folders(in: sources) {
      let lines = try #require(layout[target], "Sources/\(target) is not in the README's Layout")
      for folder in try Self.folders(in: sources.appendingPathComponent(target)) {
        #expect(
          lines.contains(" \(folder)/") || lines.contains(", \(folder)/"),
          "Sources/\(target)/\(folder) is not in the README's Layout")
      }
    }
  }
}
