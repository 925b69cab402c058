import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

/// What `verify` looks for in the bytes of lines and paths, without Foundation's searches: the
/// `prev` member of a line, a line's content without it, a file's name, a conflict copy.
@Suite struct VerifierBytesTests {
  static let prev = String(repeating: "ab", count: 32)

  /// The member is found where it is, not in a text that holds its words; not found when the hash
  /// differs, is cut short or has no closing quote.
  @Test(
    arguments: [
      (#"{"id":"a","prev":"HASH","v":1}"#, 10),
      (#"{"note":"prev","text":"\"prev\":\"HASH","prev":"HASH","v":1}"#, 100),
      (#"{"prev":"HASH"}"#, 1),
      (#"{"id":"a","prev":"HASH"#, nil),
      (#"{"id":"a","prev":"0000","v":1}"#, nil),
      (#"{"id":"a","v":1}"#, nil),
    ] as [(String, Int?)])
  func thePrevMemberIsFoundInTheBytes(_ line: String, _ at: Int?) {
    var text = line.replacingOccurrences(of: "HASH", with: Self.prev)
    let found = text.withUTF8 { Verifier.field(prev: Self.prev, in: $0) }
    let member = #""prev":""# + Self.prev + #"""#
    #expect(found == at.map { $0..<$0 + member.utf8.count })
  }

  /// The same line with another `prev` (a conflict copy) has the same content; another value
  /// or the member moved, another.
  @Test func theContentLeavesThePrevOut() {
    let other = String(repeating: "cd", count: 32)
    let line = #"{"celsius":38.1,"id":"a","prev":"HASH","v":1}"#
    let one = Verifier.content(
      line.replacingOccurrences(of: "HASH", with: Self.prev), prev: Self.prev)
    let copy = Verifier.content(line.replacingOccurrences(of: "HASH", with: other), prev: other)
    let changed = Verifier.content(
      line.replacingOccurrences(of: "HASH", with: other).replacingOccurrences(
        of: "38.1", with: "38.2"),
      prev: other)
    let moved = Verifier.content(
      #"{"celsius":38.1,"prev":"\#(other)","id":"a","v":1}"#, prev: other)
    #expect(one == copy)
    #expect(one != changed)
    #expect(one != moved)
  }

  /// A path's last part, as splitting it at slashes gives it.
  @Test(arguments: [
    ("/data/days/2026/2026-11-22.jsonl", "2026-11-22.jsonl"), ("journey.jsonl", "journey.jsonl"),
    ("days/2026/", "2026"), ("/", "/"), ("", ""), ("a//b//", "b"), ("/é/ü.jsonl", "ü.jsonl"),
  ])
  func theBaseNameIsTheLastPart(_ path: String, _ name: String) {
    #expect(FileSystem.baseName(of: path) == name)
  }

  /// "conflict" in any case marks a copy; names without it are no copy.
  @Test(arguments: [
    ("2026-11-22.sync-conflict-20261124-101010-ABCDEFG.jsonl", true),
    ("2026-11-22 (Maria's CONFLICTED copy).jsonl", true), ("2026-11-22 (Conflict).jsonl", true),
    ("2026-11-22.jsonl", false), ("2026-11-22 (conflic).jsonl", false),
  ])
  func aConflictCopyIsNamedSo(_ name: String, _ copy: Bool) {
    #expect(SyncConflict.isCopy(name) == copy)
  }
}
