import Foundation
import JourneyCore

/// The time now and the local time zone, handed to the application layer from outside: the
/// real clock in the program, a fixed moment in tests, so nothing depends on the machine's clock.
public struct JourneyClock: Sendable {
  /// The time now.
  public let now: @Sendable () -> Timestamp
  /// The zone local dates and times are read in.
  public let timeZone: TimeZone

  /// A clock reading `now` in `timeZone`.
  public init(timeZone: TimeZone, now: @escaping @Sendable () -> Timestamp) {
    self.timeZone = timeZone
    self.now = now
  }

  /// The machine's clock in `timeZone`.
  public static func system(timeZone: TimeZone = .current) -> JourneyClock {
    JourneyClock(timeZone: timeZone) {
      let seconds = Int(Date().timeIntervalSince1970)
      return Timestamp(
        unixSeconds: seconds,
        utcOffset: timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
    }
  }

  /// A clock that stands still at `moment` (tests, `CAREJOURNEY_NOW`).
  public static func fixed(_ moment: Timestamp, timeZone: TimeZone) -> JourneyClock {
    JourneyClock(timeZone: timeZone) { moment }
  }

  /// The UTC offset in force in the zone at a local date and time (seconds of the day).
  public var localOffset: @Sendable (LocalDate, Int) -> Int {
    let zone = timeZone
    return { date, second in
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = zone
      let components = DateComponents(
        year: date.year, month: date.month, day: date.day, hour: second / 3600,
        minute: second / 60 % 60, second: second % 60)
      let moment = calendar.date(from: components) ?? Date()
      return zone.secondsFromGMT(for: moment)
    }
  }

  /// The UTC offset in force in the zone at a moment (seconds since 1970).
  public var offsetAt: @Sendable (Int) -> Int {
    let zone = timeZone
    return { seconds in zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))) }
  }
}
