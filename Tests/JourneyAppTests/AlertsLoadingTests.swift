import Foundation
import JourneyApp
import JourneyCore
import JourneyStore
import Testing

/// `status` judges the alerts in force from the few day files they need
/// (``AppContext/loadForAlerts(at:hours:)``), not from ten years of them: the alerts must be
/// exactly those judged from every file, whatever the last day holds.
@Suite struct AlertsLoadingTests {
  static let today = LocalDate(year: 2026, month: 11, day: 22)!
  static let now = Timestamp(date: today, secondOfDay: 9 * 3600, utcOffset: 3600)

  /// What the last day holds, on top of the demo journey, and the rule it must raise (nil: a
  /// day that needs no older file).
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var entries: [(seconds: Int, body: Entry.Body)]
    var rule: String?
    /// Whether every day file must be read (a lab compared with the first one recorded);
    /// otherwise far fewer are.
    var readsAll = false
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "nothing new", entries: [], rule: nil),
    // Compared with the first creatinine of the journey, months before.
    Case(
      name: "creatinine against the first visit",
      entries: [
        (
          -3600,
          .labs([LabResult(lab: "creatinine", value: 2.4, typedValue: 2.4, typedUnit: "mg/dL")])
        )
      ], rule: "creatinine-rise", readsAll: true),
    // Logged 15 days ago and again today: it has lasted two weeks.
    Case(
      name: "a symptom that lasted two weeks",
      entries: [
        (-15 * 86_400, .symptom(name: "swollen-glands", severity: 2)),
        (-3600, .symptom(name: "swollen-glands", severity: 2)),
      ], rule: "lymphoma-watch"),
    // Paracetamol late yesterday, a normal temperature early today: the dose is in the day
    // before's file.
    Case(
      name: "a fever hidden by last night's paracetamol",
      entries: [
        (-(9 * 3600 + 1800), .medication(text: "paracetamol 1 g")),
        (-(6 * 3600), .temperature(celsius: 37.1, asTyped: "37.1")),
      ], rule: "masked-fever"),
    // A watch-list sign on Day +183, past Day +180: the window is open while the latest B-cell
    // count is low; the one of Day +180 is back up, read from the days before, not the months.
    Case(
      name: "a watch-list sign past Day +180",
      entries: [(-3600, .symptom(name: "rash", severity: 1))], rule: nil),
    // Logged every day for forty days: read back only until it has lasted two weeks.
    Case(
      name: "a symptom logged every day for forty days",
      entries: (0...40).map { day in
        (-day * 86_400 - 3600, Entry.Body.symptom(name: "night-sweats", severity: 1))
      }, rule: "lymphoma-watch"),
  ]

  /// The patient's context on the demo journey written into a new folder under `root`, at
  /// ``now`` in Berlin.
  static func demoContext(in root: String) throws -> AppContext {
    let context = AppContext(
      store: JourneyStore(directory: DataDirectory(root: root + "/data")),
      clock: .fixed(Self.now, timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current),
      ids: .counting(prefix: "t"), environment: ["HOME": root, "USER": "tester"],
      config: ConfigFolder(root: root + "/config"), remembered: nil, role: .patient,
      name: "Maria Santos")
    try context.writeDemo()
    return context
  }

  @Test(arguments: cases)
  func theAlertsAreThoseOfEveryFile(_ test: Case) throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("carejourney-alerts-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let context = try Self.demoContext(in: root)
    let journal = Journal(context)
    for entry in test.entries {
      let at = Timestamp(unixSeconds: Self.now.unixSeconds + entry.seconds, utcOffset: 3600)
      try journal.save([entry.body], observedAt: at)
    }

    let (all, care) = try context.loadStarted()
    let expected = RedFlags.active(
      journey: all.journey, entries: all.entries, protocol: care, now: Self.now)
    let (read, _) = try context.loadForAlerts(at: Self.now)
    let judged = RedFlags.active(
      journey: read.journey, entries: read.entries, protocol: care, now: Self.now)

    #expect(judged == expected)
    if let rule = test.rule {
      #expect(expected.contains { $0.rules.map(\.id).contains(rule) }, "\(expected.map(\.rule.id))")
    }
    if test.readsAll {
      #expect(read.entries.count == all.entries.count)
    } else {
      #expect(read.entries.count < all.entries.count / 2, "read \(read.entries.count) entries")
    }
  }
}
