import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

@Suite("DataDirectory.dayFiles")
struct DayFilesTests {
  @Test("day files come sorted by date; bad names and wrong folders are reported")
  func listing() throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      let names = [
        "days/2026/2026-11-22.jsonl",
        "days/2026/2026-01-05.jsonl",
        "days/2025/2025-12-31.jsonl",
        "days/2025/2026-02-01.jsonl",  // wrong year folder
        "days/2026-03-04.jsonl",  // not in a year folder
        "days/2026/notes.jsonl",  // not a date
        "days/2026/2026-02-30.jsonl",  // no such date
        "days/2026/README.txt",  // not ours
        "days/2026/.2026-11-23.jsonl.swp",  // an editor's
      ]
      for name in names { try writeBytes(Array("{}\n".utf8), to: root + "/" + name) }

      let (files, problems) = directory.dayFiles()

      #expect(
        files.map { directory.relative($0.path) } == [
          "days/2025/2025-12-31.jsonl",
          "days/2026/2026-01-05.jsonl",
          "days/2025/2026-02-01.jsonl",
          "days/2026-03-04.jsonl",
          "days/2026/2026-11-22.jsonl",
        ])
      #expect(
        files.map(\.date.description) == [
          "2025-12-31", "2026-01-05", "2026-02-01", "2026-03-04", "2026-11-22",
        ])
      let byFile = Dictionary(grouping: problems, by: \.file)
      #expect(
        byFile.keys.sorted() == [
          "days/2025/2026-02-01.jsonl", "days/2026-03-04.jsonl",
          "days/2026/2026-02-30.jsonl", "days/2026/notes.jsonl",
        ])
      #expect(problems.allSatisfy { $0.line == 0 })
      #expect(
        byFile["days/2025/2026-02-01.jsonl"]?.first?.reason.contains(
          "should be days/2026/2026-02-01.jsonl") == true)
      #expect(
        byFile["days/2026-03-04.jsonl"]?.first?.reason.contains(
          "should be days/2026/2026-03-04.jsonl") == true)
      #expect(byFile["days/2026/notes.jsonl"]?.first?.reason.contains("not a date") == true)
    }
  }

  /// A range lists the files dated inside it, misplaced ones included, and reports the same
  /// problems as the whole listing.
  @Test(arguments: [
    ("2026-01-01", "2026-02-28", ["2026-01-05", "2026-02-01"]),
    ("2026-11-22", "2026-11-22", ["2026-11-22"]),
    ("2025-06-01", "2025-12-31", ["2025-12-31"]),
    ("2027-01-01", "2027-12-31", []),
  ])
  func range(from: String, to: String, dates: [String]) throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      for name in [
        "days/2026/2026-11-22.jsonl", "days/2026/2026-01-05.jsonl", "days/2025/2025-12-31.jsonl",
        "days/2025/2026-02-01.jsonl", "days/2026-03-04.jsonl", "days/2026/notes.jsonl",
      ] {
        try writeBytes(Array("{}\n".utf8), to: root + "/" + name)
      }
      let (files, problems) = directory.dayFiles(
        from: LocalDate(parsing: from), to: LocalDate(parsing: to))
      #expect(files.map(\.date.description) == dates)
      #expect(problems == directory.dayFiles().problems)
      #expect(problems.count == 3)
    }
  }

  @Test("no days folder: nothing, and nothing wrong")
  func missingDays() throws {
    try withTemporaryDirectory { root in
      let (files, problems) = DataDirectory(root: root).dayFiles()
      #expect(files.isEmpty)
      #expect(problems.isEmpty)
    }
  }

  @Test("a day file written by append is found under its date")
  func appendThenList() throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      let date = try #require(LocalDate(year: 2027, month: 3, day: 9))
      try LineFile.append(["{}"], to: directory.dayFile(for: date))
      let (files, problems) = directory.dayFiles()
      #expect(files.map(\.date) == [date])
      #expect(problems.isEmpty)
    }
  }
}

/// Reading day by day: a file that cannot be read is one problem, the caller is told of it,
/// and the other days are read (it never stops `status`, the screens or an export).
@Suite struct ForEachDayTests {
  @Test func anUnreadableFileIsReportedAndTheRestRead() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      let line = LineCodec.encode(
        Entry(
          id: "a", recordedAt: Timestamp(stored: "2026-11-21T08:00:00+01:00")!,
          observedAt: Timestamp(stored: "2026-11-21T08:00:00+01:00")!,
          author: Author(role: .patient, name: "M"), body: .note(text: "x")))
      try writeBytes(Array((line + "\n").utf8), to: root + "/days/2026/2026-11-21.jsonl")
      // A folder where a day file should be: listed by hand, it cannot be read.
      try FileManager.default.createDirectory(
        atPath: root + "/days/2026/2026-11-22.jsonl", withIntermediateDirectories: true)
      let files: [(date: LocalDate, path: String)] = [
        (LocalDate(parsing: "2026-11-21")!, root + "/days/2026/2026-11-21.jsonl"),
        (LocalDate(parsing: "2026-11-22")!, root + "/days/2026/2026-11-22.jsonl"),
      ]
      var read: [String] = []
      let reported = try store.forEachDay(in: files) { date, _ in read.append("\(date)") }
      #expect(read == ["2026-11-21", "2026-11-22"])
      #expect(reported.map { "\($0.file):\($0.line)" } == ["days/2026/2026-11-22.jsonl:0"])
      var unreadable: [String] = []
      var days: [String: Int] = [:]
      let problems = try store.forEachDay(
        in: files, unreadable: { path, _ in unreadable.append(path) }
      ) {
        date, entries in days[date.description] = entries.count
      }
      #expect(unreadable == [root + "/days/2026/2026-11-22.jsonl"])
      #expect(days == ["2026-11-21": 1, "2026-11-22": 0])
      #expect(problems == reported)
    }
  }
}
