/// One language's catalogs as lookups use them: every translation by its key, and the plural
/// rule that picks a form for a count.
struct ParsedCatalog: Sendable {
  var table: [POFile.Key: POFile.Entry]
  var pluralRule: PluralRule?
  /// Each entry's forms as a lookup may show them: a form whose placeholders do not agree with
  /// English's is empty (English is shown instead). Checked once here, not on every lookup.
  var forms: [POFile.Key: [String]]
  /// The entries with a form to show and every form agreeing with English's placeholders.
  var agreeing: Set<POFile.Key>

  init(table: [POFile.Key: POFile.Entry], pluralRule: PluralRule?) {
    self.table = table
    self.pluralRule = pluralRule
    var forms: [POFile.Key: [String]] = [:]
    var agreeing: Set<POFile.Key> = []
    for (key, entry) in table {
      let english = Catalog.specifiers(entry.idPlural ?? entry.id)
      let checked = entry.translations.map {
        $0.isEmpty || Catalog.specifiers($0) != english ? "" : $0
      }
      forms[key] = checked
      if checked.contains(where: { !$0.isEmpty }),
        zip(checked, entry.translations).allSatisfy({ $0 == $1 })
      {
        agreeing.insert(key)
      }
    }
    self.forms = forms
    self.agreeing = agreeing
  }
}
