import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

/// `carejourney devices` counts each writer's day files: a sync tool's conflict copy of a day
/// file is read, but is no day of its own (issue 17).
@Suite("Device summaries")
struct DeviceSummaryTests {
  @Test(
    "a conflict copy of a day file is not counted as a day file",
    arguments: [
      ([], 2), (["2026-11-24.sync-conflict-20261124-101010-ABCDEFG.jsonl"], 2),
      (
        [
          "2026-11-24 (conflicted copy).jsonl",
          "2026-11-25.sync-conflict-20261125-101010-ABCDEFG.jsonl",
        ], 2
      ),
    ] as [([String], Int)])
  func conflictCopiesAreNoDays(copies: [String], days: Int) throws {
    try withTemporaryDirectory { root in
      let laptop = DeviceFoldersTests.store(root, computer: "maria")
      try laptop.recordEvents { _ in [DeviceFoldersTests.created()] }
      try laptop.appendEntries([
        DeviceFoldersTests.fever("a1", 38.4, at: DeviceFoldersTests.at(10)),
        DeviceFoldersTests.fever(
          "a2", 37.2,
          at: Timestamp(
            date: DeviceFoldersTests.day.adding(days: 1), secondOfDay: 3600, utcOffset: 3600)),
      ])
      let id = try #require(try StateFolder(root: root + "/state-maria").device()).id
      let folder = root + "/data/devices/\(id)/days/2026/"
      for copy in copies {
        try FileManager.default.copyItem(
          atPath: folder + "2026-11-24.jsonl", toPath: folder + copy)
      }
      #expect(laptop.deviceSummaries().map(\.dayFiles) == [days])
    }
  }
}
