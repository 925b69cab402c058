import Foundation
import JourneyApp
import JourneyCore
import JourneyStore
import Testing

/// `status` names the sync tools' conflict copies it read and merged, and `status --json` lists
/// them in `conflictCopies` (issue 17), rather than counting them among "other problems".
@Suite("Status and conflict copies")
struct StatusConflictCopiesTests {
  static let suffix = ".sync-conflict-20261122-100000-ABCDEFG.jsonl"

  @Test(
    "status names each conflict copy and status --json lists them",
    arguments: [
      ([], [], nil),
      (
        ["days/2026/2026-11-22.jsonl"], ["days/2026/2026-11-22" + suffix],
        "Sync conflict copies: 1 read and merged with the file it copies, so no line is lost; "
          + "keep it: 2026-11-22" + suffix
      ),
      (
        ["days/2026/2026-11-22.jsonl", "journey.jsonl"],
        ["journey" + suffix, "days/2026/2026-11-22" + suffix],
        "Sync conflict copies: 2 read and merged with the files they copy, so no line is lost; "
          + "keep them: journey" + suffix + ", 2026-11-22" + suffix
      ),
    ] as [([String], [String], String?)])
  func conflictCopiesAreNamed(copied: [String], listed: [String], line: String?) throws {
    let app = try ScreensHarness { context in
      let root = context.store.directory.root
      for name in copied {
        try FileManager.default.copyItem(
          atPath: root + "/" + name,
          toPath: root + "/" + name.replacingOccurrences(of: ".jsonl", with: Self.suffix))
      }
    }
    let lines = try app.context.statusLines()
    #expect(lines.filter { $0.hasPrefix("Sync conflict copies") } == (line.map { [$0] } ?? []))
    let json = try JSONOutput.string(try app.context.statusReport())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["conflictCopies"] as? [String] == listed)
  }
}
