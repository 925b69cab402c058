import Foundation
import JourneyCore

/// The help pages built so far, by command and language, from any thread.
final class HelpPages: @unchecked Sendable {
  private let lock = NSLock()
  private var pages: [Language: [String: String]] = [:]

  /// The page called `name` in `language`, built by `build` the first time it is asked for.
  func page(_ name: String, in language: Language, _ build: () -> String) -> String {
    if let known = lock.withLock({ pages[language]?[name] }) { return known }
    let page = build()
    lock.withLock { pages[language, default: [:]][name] = page }
    return page
  }
}
