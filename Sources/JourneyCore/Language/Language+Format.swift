import Foundation

extension Language {
  /// `value` with `places` decimals as this language writes it: `38.4` in English and Chinese,
  /// `38,4` in German and Spanish (ICU, through an explicit `Locale(identifier:)`: on Linux
  /// `Locale.current` is always `en_001`, whatever `LANG` says). No grouping separators, so a
  /// reading never looks like `1.000` to a German reader. Not finite values are written as
  /// ``DecimalText`` writes them.
  public func decimal(_ value: Double, places: Int) -> String {
    let english = DecimalText.format(value, places: places, trimmed: false)
    guard value.isFinite, abs(value) < DecimalText.largest else { return english }
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: localeIdentifier)
    formatter.numberStyle = .decimal
    formatter.usesGroupingSeparator = false
    formatter.minimumFractionDigits = min(max(places, 0), 6)
    formatter.maximumFractionDigits = min(max(places, 0), 6)
    formatter.roundingMode = .halfUp
    return formatter.string(from: NSNumber(value: value)) ?? english
  }

  /// A calendar date as this language writes it in running text: `22 Nov 2026`,
  /// `22.11.2026`, `2026年11月22日`, `22 nov 2026`. Files and the command line keep
  /// `2026-11-22`.
  public func date(_ date: LocalDate) -> String {
    var calendar = Calendar(identifier: .gregorian)
    let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
    calendar.timeZone = utc
    let parts = DateComponents(year: date.year, month: date.month, day: date.day)
    guard let moment = calendar.date(from: parts) else { return date.description }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: localeIdentifier)
    formatter.calendar = calendar
    formatter.timeZone = utc
    formatter.dateStyle = .medium
    formatter.timeStyle = .none
    return formatter.string(from: moment)
  }
}

extension Language {
  /// A date as the screens, the timeline and the alerts show it, all digits so that columns
  /// stay aligned: `2026-11-22` in English and Chinese (GB/T 7408 writes ISO 8601 dates),
  /// `22.11.2026` in German, `22/11/2026` in Spanish. Files, the command line's input and the
  /// exports keep `2026-11-22`. No formatter: years of timeline rows call it.
  public func numericDate(_ date: LocalDate) -> String {
    let day = LocalDate.pad(date.day, 2)
    let month = LocalDate.pad(date.month, 2)
    let year = LocalDate.pad(date.year, 4)
    switch self {
    case .english, .simplifiedChinese: return date.description
    case .german: return "\(day).\(month).\(year)"
    case .spanish: return "\(day)/\(month)/\(year)"
    }
  }

  /// A number already written with a decimal point (`38.4`, `0.25`) as this language writes
  /// it: `38,4` in German and Spanish. Readings keep their precision this way (a reading shown
  /// as `37.95` is never rounded to another side of a threshold).
  public func number(_ english: String) -> String {
    switch self {
    case .german, .spanish: english.replacingOccurrences(of: ".", with: ",")
    case .english, .simplifiedChinese: english
    }
  }
}
