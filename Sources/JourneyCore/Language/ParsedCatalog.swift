/// One language's catalogs as lookups use them: every translation by its key, and the plural
/// rule that picks a form for a count.
struct ParsedCatalog: Sendable {
  var table: [POFile.Key: POFile.Entry]
  var pluralRule: PluralRule?
}
