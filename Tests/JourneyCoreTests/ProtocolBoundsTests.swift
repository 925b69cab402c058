import Testing

@testable import JourneyCore

/// Whole numbers in a protocol are bounded when it is read (a hundred years of days or months,
/// 1–31 days a month): a value near `Int.max` crashed `init`, or was taken and then crashed
/// `status`, `milestones`, `remind` and the exports when dates were counted from it.
@Suite struct ProtocolBoundsTests {
  static let milestone = """
    id = "m2"
    phase = "infusion"
    title = "Infusion"
    signer = "nurse"
    """

  /// A protocol with one more milestone (its due date and repeat) and top-level keys.
  static func text(milestone due: String, top: String = "", tables: String = "") -> String {
    Snippet.protocolText(top: top, tables: Snippet.milestone(milestone + "\n" + due) + tables)
  }

  static let max = "9223372036854775807"

  @Test(arguments: [
    ("day = 36526", "day 36526 is outside -36525–36525 (a hundred years in days)"),
    ("day = -36526", "day -36526 is outside"),
    ("day = \(max)", "day \(max) is outside"),
    ("day = -\(max)", "is outside"),
    ("month = 1201", "month 1201 is outside -1200–1200 (a hundred years in months)"),
    ("month = -1201", "month -1201 is outside"),
    ("month = \(max)", "is outside -1200–1200"),
    ("from = \"infusion\"\ndays = \(max)", "days \(max) is outside"),
    ("day = 0\nevery-days = \(max)", "every-days \(max) is outside"),
    ("day = 0\nevery-months = 1201", "every-months 1201 is outside"),
    ("day = 0\nevery-days = 7\nuntil-day = \(max)", "until-day \(max) is outside"),
    ("day = 0\nevery-days = 7\nuntil-month = 99999", "until-month 99999 is outside"),
  ])
  func hostileMilestoneNumbersAreRefused(due: String, says: String) {
    #expect(throws: TOMLFileError.self, "\(due)") {
      try CareProtocol(toml: Self.text(milestone: due), fileName: "hostile.toml")
    }
    do {
      _ = try CareProtocol(toml: Self.text(milestone: due), fileName: "hostile.toml")
    } catch {
      #expect(error.message.contains(says), "\(error.message)")
    }
  }

  @Test(arguments: [
    ("days-per-month = 32", "days-per-month 32 is outside 1–31 (the days of a month)"),
    ("days-per-month = \(max)", "days-per-month \(max) is outside"),
    ("month-labels-from-day = \(max)", "month-labels-from-day \(max) is outside"),
  ])
  func hostileTopLevelNumbersAreRefused(top: String, says: String) {
    do {
      _ = try CareProtocol(toml: Self.text(milestone: "day = 1", top: top), fileName: "h.toml")
      Issue.record("read although hostile: \(top)")
    } catch {
      #expect(error.message.contains(says), "\(error.message)")
    }
  }

  @Test func hostileWindowIsRefused() {
    let window = "[acute-window]\nfrom-day = -5\nto-day = \(Self.max)\n"
    #expect(throws: TOMLFileError.self) {
      try CareProtocol(toml: Self.text(milestone: "day = 1", tables: window), fileName: "h.toml")
    }
  }

  /// The largest values allowed load, and a journey's milestones are counted from them.
  @Test(arguments: [
    ("day = 36525", 36_525), ("day = -36525", -36_525), ("month = 1200", 1200 * 31),
    ("month = -1200", -1200 * 31), ("day = 0\nevery-days = 36525\nuntil-day = 36525", 0),
  ])
  func theBoundsThemselvesLoadAndCount(due: String, offset: Int) throws {
    let care = try CareProtocol(
      toml: Self.text(milestone: due, top: "days-per-month = 31"), fileName: "edge.toml")
    let rule = try #require(care.milestones.last)
    #expect(rule.offsetDays == offset)
    let day = try #require(LocalDate(parsing: "2026-11-22"))
    let stamp = Timestamp(date: day, secondOfDay: 0, utcOffset: 0)
    let author = Author(role: .nurse, name: "Ana")
    let journey = Journey(events: [
      JourneyEvent(
        id: "c", recordedAt: stamp, author: author,
        body: .created(patient: "M", protocolID: care.id, teamPhone: nil, temperatureUnit: .celsius)
      ),
      JourneyEvent(
        id: "p", recordedAt: stamp, author: author, body: .planned(phase: .infusion, date: day)),
    ])
    let due = journey.milestones(protocol: care, today: day).first { $0.rule.id == "m2" }?.due
    #expect(due == day.adding(days: offset))
  }
}
