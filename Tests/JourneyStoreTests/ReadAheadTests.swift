import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

/// Values made ahead on another thread come to the caller in order, all of them, and stop when
/// the caller stops; days read ahead come as if read one after the other.
@Suite struct ReadAheadTests {
  struct Stop: Error {}

  /// The caller makes values too while it would wait: each value is made once, on one thread
  /// or the other, each thread's places in increasing order.
  @Test(arguments: [0, 1, 31, 32, 33, 100, 1_000])
  func everyValueComesInOrderMadeOnce(count: Int) {
    let made = Made()
    var seen: [Int] = []
    ReadAhead(count: count) { place in
      made.add(place)
      return place * 2
    }.inOrder { seen.append($0) }
    #expect(seen == (0..<count).map { $0 * 2 })
    #expect(made.places.sorted() == Array(0..<count))
    for places in made.byThread.values {
      #expect(places == places.sorted())
    }
  }

  /// Values made on the other thread are worded in the caller's language, as those made on the
  /// caller's: `verify --lang es` gave a damaged day line's reason in English.
  @Test(arguments: [1, 31, 32, 100])
  func valuesAreMadeInTheCallersLanguage(count: Int) {
    var seen: [Language] = []
    Language.$current.withValue(.spanish) {
      ReadAhead(count: count) { _ in Language.current }.inOrder {
        seen.append($0)
      }
    }
    #expect(seen == Array(repeating: .spanish, count: count))
  }

  /// The places made, on which threads.
  final class Made: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var places: [Int] = []
    private(set) var byThread: [UInt: [Int]] = [:]

    func add(_ place: Int) {
      lock.withLock {
        places.append(place)
        byThread[UInt(bitPattern: Int(bitPattern: pthread_self())), default: []].append(place)
      }
    }
  }

  /// The caller's error ends it: nothing more is handed over, the thread making values stops,
  /// and the error comes back.
  @Test(arguments: [5, 40, 63, 64, 65, 500])
  func anErrorStopsIt(at place: Int) {
    var seen: [Int] = []
    #expect(throws: Stop.self) {
      try ReadAhead(count: 1_000) { $0 }.inOrder { value in
        seen.append(value)
        if value == place { throw Stop() }
      }
    }
    #expect(seen == Array(0...place))
  }

  /// The lines of `count` notes on `date`, with ids `e<day>-0`, `e<day>-1`...
  static func notes(day: Int, date: LocalDate, count: Int) -> [String] {
    let at = Timestamp(date: date, secondOfDay: 3_600, utcOffset: 0)
    return (0..<count).map { n in
      LineCodec.encode(
        Entry(
          id: "e\(day)-\(n)", recordedAt: at, observedAt: at,
          author: Author(role: .patient, name: "M"), body: .note(text: "\(n)")))
    }
  }

  /// Forty days, more than are read without a second thread, with a file in the middle that
  /// cannot be read and a day in two files: every day once, in order, with its entries as the
  /// files hold them, and the problems in file order.
  @Test func manyDaysComeAsIfReadOneAfterTheOther() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      let first = LocalDate(parsing: "2026-01-01")!
      var files: [(date: LocalDate, path: String)] = []
      for day in 0..<40 {
        let date = first.adding(days: day)
        let path = store.directory.dayFile(for: date)
        let lines = Self.notes(day: day, date: date, count: day % 3 + 1)
        if day == 20 {
          // Too large for a day file: refused unread.
          try writeBytes([], to: path)
          truncate(path, off_t(DataDirectory.largestFile + 1))
        } else {
          try writeBytes(Array((lines.joined(separator: "\n") + "\n").utf8), to: path)
        }
        files.append((date, path))
        if day == 30 {
          // The same day again, in a second file (one put in the wrong folder).
          let other = root + "/days/2025/" + (path as NSString).lastPathComponent
          try writeBytes(Array("not json\n".utf8), to: other)
          files.append((date, other))
        }
      }
      var days: [(String, [String])] = []
      var unreadable: [String] = []
      let problems = try store.forEachDay(
        in: files, unreadable: { path, _ in unreadable.append(path) }
      ) { date, entries in
        days.append((date.description, entries.map(\.id)))
      }
      #expect(days.map(\.0) == (0..<40).map { first.adding(days: $0).description })
      for (day, (_, ids)) in days.enumerated() {
        #expect(ids == (day == 20 ? [] : (0...day % 3).map { "e\(day)-\($0)" }))
      }
      #expect(unreadable == [files[20].path])
      #expect(
        problems.map { "\($0.file):\($0.line)" } == [
          "days/2026/2026-01-21.jsonl:0", "days/2025/2026-01-31.jsonl:1",
        ])
    }
  }

  /// What `making` makes of each day is made of the entries the plain reading gives that day,
  /// handed on in date order with the same problems, whichever thread made it.
  @Test func whatIsMadeOfEachDayComesInOrder() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      let first = LocalDate(parsing: "2026-01-01")!
      for day in 0..<60 {
        let date = first.adding(days: day)
        var lines = Self.notes(day: day, date: date, count: day % 4 + 1)
        if day == 33 { lines.insert("not json", at: 1) }
        try writeBytes(
          Array((lines.joined(separator: "\n") + "\n").utf8), to: store.directory.dayFile(for: date)
        )
      }
      @Sendable func said(_ date: LocalDate, _ entries: [Entry]) -> String {
        "\(date) " + entries.map(\.id).joined(separator: ",")
      }
      var plain: [String] = []
      let plainProblems = try store.forEachDay { plain.append(said($0, $1)) }
      var made: [String] = []
      let madeProblems = try store.forEachDay(making: { said($0, $1) }) { made.append($1) }
      #expect(plain.count == 60)
      #expect(made == plain)
      #expect(plain[33] == "2026-02-03 e33-0,e33-1")
      let places = { (problems: [LineProblem]) in problems.map { "\($0.file):\($0.line)" } }
      #expect(places(madeProblems) == ["days/2026/2026-02-03.jsonl:2"])
      #expect(places(plainProblems) == places(madeProblems))
    }
  }
}
