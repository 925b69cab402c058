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

  /// A top-level type's name, from a line that declares one at the start (`public struct X`,
  /// `@MainActor final class Y`); nil for extensions and everything else.
  static func declaredType(_ line: Substring) -> String? {
    guard let first = line.first, !first.isWhitespace else { return nil }
    var words = line.split(separator: " ")[...]
    while let word = words.first, word.hasPrefix("@") || modifiers.contains(String(word)) {
      words = words.dropFirst()
    }
    guard let kind = words.first, kinds.contains(String(kind)), words.count > 1 else { return nil }
    let name = words[words.index(after: words.startIndex)]
    return String(name.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
  }
  static let modifiers: Set = [
    "public", "package", "internal", "fileprivate", "private", "final", "indirect",
    "nonisolated",
  ]
  static let kinds: Set = ["struct", "enum", "class", "actor", "protocol"]

  /// One type per file, named after it: `Type.swift`, or `Type+Concern.swift` for a part of
  /// it; a file of extensions alone declares none.
  @Test func everyTypeIsInAFileNamedAfterIt() throws {
    let sources = Self.root.appendingPathComponent("Sources")
    let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
      .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 300)
    for file in files {
      let text = try String(
        contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let types = text.split(separator: "\n").compactMap(Self.declaredType)
      let name = file.split(separator: "/").last!.dropLast(".swift".count)
      let owner = String(name.split(separator: "+").first ?? name)
      #expect(types.count <= 1, "\(file) declares \(types)")
      #expect(types.allSatisfy { $0 == owner }, "\(file) declares \(types), not \(owner)")
    }
  }

  @Test(
    arguments: [
      ("public struct LineHome: Equatable {", "LineHome"),
      ("@MainActor final class Loader {", "Loader"),
      ("enum SLEDAI2K {", "SLEDAI2K"),
      ("protocol Terminal: AnyObject {", "Terminal"),
      ("struct Cache<Value> {", "Cache"),
      ("extension DataDirectory {", nil),
      ("  struct Nested {", nil),
      ("public func homes() -> [LineHome] {", nil),
    ] as [(String, String?)])
  func aDeclaredTypeIsFoundByItsLine(line: String, type: String?) {
    #expect(Self.declaredType(line[...]) == type)
  }

  /// The executable keeps argument parsing, the clock, the environment and the terminal, well
  /// under 1,500 lines; what a command does, and every word of `--help`, is in JourneyApp,
  /// where the tests reach it in-process.
  @Test func theCommandLineHoldsOnlyParsingAndTheProcess() throws {
    let folder = Self.root.appendingPathComponent("Sources/carejourney")
    var lines = 0
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      lines += text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    }
    #expect(lines > 500)
    #expect(lines <= 1_450, "Sources/carejourney has \(lines) lines")
  }
}
