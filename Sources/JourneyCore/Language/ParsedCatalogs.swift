import Foundation

/// The languages' catalogs parsed so far, each once, from any thread.
final class ParsedCatalogs: @unchecked Sendable {
  private let lock = NSLock()
  private var catalogs: [Language: ParsedCatalog] = [:]

  /// `language`'s catalog, parsed by `parse` the first time it is asked for.
  func catalog(_ language: Language, parse: () -> ParsedCatalog) -> ParsedCatalog {
    lock.withLock {
      if let known = catalogs[language] { return known }
      let catalog = parse()
      catalogs[language] = catalog
      return catalog
    }
  }
}
