import Foundation
import JourneyCore

/// Dates already written, per language: ICU's formatter is slow to make, and a timeline of ten
/// years names 3,650 days.
final class ShownDates: @unchecked Sendable {
  static let shared = ShownDates()
  private let lock = NSLock()
  private var texts: [Language: [LocalDate: String]] = [:]

  func text(_ date: LocalDate, in language: Language) -> String {
    if let known = lock.withLock({ texts[language]?[date] }) { return known }
    let text = language.date(date)
    lock.withLock { texts[language, default: [:]][date] = text }
    return text
  }
}
