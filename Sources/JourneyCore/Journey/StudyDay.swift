import Foundation

/// Day numbering as clinics say it: Day 0 is the infusion, `Day −5` before it, `Day +7` after,
/// and from a protocol-set day on also the month: `Day +90 · Month 3`.
///
/// Days count calendar dates, so a daylight-saving change never moves a label.
public struct StudyDay: Equatable, Sendable {
  /// Days from Day 0 (negative before); nil while no Day 0 is known.
  public let number: Int?
  /// Whole months since Day 0, once labels show months.
  public let month: Int?

  /// The study day of `date` for a journey whose Day 0 is `dayZero`.
  public init(date: LocalDate, dayZero: LocalDate?, daysPerMonth: Int, monthsFromDay: Int) {
    guard let dayZero else {
      number = nil
      month = nil
      return
    }
    let n = dayZero.days(to: date)
    number = n
    month = n >= monthsFromDay && daysPerMonth > 0 ? n / daysPerMonth : nil
  }

  /// The same, with the protocol's month settings.
  public init(date: LocalDate, journey: Journey, protocol care: CareProtocol) {
    self.init(
      date: date, dayZero: journey.dayZero, daysPerMonth: care.daysPerMonth,
      monthsFromDay: care.monthLabelsFromDay)
  }

  /// `Day −5`, `Day 0`, `Day +7` in ``Language/current``; nil before a Day 0 is known.
  public var dayLabel: String? { dayLabel(in: Language.current) }

  /// ``dayLabel`` in `language` (`Tag +7`, `第 +7 天`).
  public func dayLabel(in language: Language) -> String? {
    guard let number else { return nil }
    // U+2212 MINUS SIGN, as printed in protocols; `+` for days after.
    let signed = number == 0 ? "0" : number < 0 ? "\u{2212}\(-number)" : "+\(number)"
    return tr("Day %s", signed, context: "study day", in: language)
  }

  /// `+7`, `0`, `-5` (ASCII minus): the short form for chart ticks; nil before a Day 0 is known.
  public var offsetLabel: String? {
    number.map { $0 > 0 ? "+\($0)" : "\($0)" }
  }

  /// `Day +90 · Month 3`, or the day label alone; `Day 0 not planned yet` without a Day 0; in
  /// ``Language/current``.
  public var label: String { label(in: Language.current) }

  /// ``label`` in `language`.
  public func label(in language: Language) -> String {
    guard let day = dayLabel(in: language) else {
      return tr("Day 0 not planned yet", in: language)
    }
    guard let month else { return day }
    return tr("%1$s · Month %2$s", day, String(month), context: "study day", in: language)
  }

  /// Parses a day as people type it: `+7`, `-5`, `−5`, `0`, `Day +7`, `d+7`. Nil if not a day.
  public static func parseOffset(_ text: String) -> Int? {
    var s = text.lowercased().replacingOccurrences(of: "\u{2212}", with: "-")
    for prefix in ["day", "d"] where s.hasPrefix(prefix) {
      s.removeFirst(prefix.count)
      break
    }
    s = s.trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("+") { s.removeFirst() }
    return Int(s)
  }
}
