import JourneyCore

@testable import TerminalUI

/// The demo journey as screen data, at a fixed moment (no clock, no files).
enum Fixture {
  static let care: CareProtocol = {
    do {
      guard let care = try CareProtocol.builtIn(named: "cd19-sle") else {
        fatalError("no protocol")
      }
      return care
    } catch { fatalError("\(error)") }
  }()

  static let today = LocalDate(year: 2026, month: 11, day: 22)!
  static let now = Timestamp(date: today, secondOfDay: 9 * 3600, utcOffset: 3600)

  static func demo(now: Timestamp = now) -> JourneyData {
    let demo = DemoJourney(today: now.date, protocol: care, utcOffset: 3600)
    return JourneyData(
      journey: Journey(events: demo.events), entries: demo.entries, care: care, unreadableLines: 0,
      now: now)
  }

  /// ``demo(now:)`` at ``now``, made once: most screen tests start from it.
  static let standardDemo = demo()

  static func state(
    role: Role = .patient, readOnly: Bool = false, data: JourneyData? = standardDemo
  )
    -> AppState
  {
    AppState(
      author: Author(role: role, name: role == .nurse ? "Ana Weber" : "Maria Santos"),
      readOnly: readOnly, data: data, now: now)
  }
}
