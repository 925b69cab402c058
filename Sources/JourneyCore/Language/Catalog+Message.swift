extension Catalog {
  /// The template for the English message `english` (with `plural` for a count) in `language`:
  /// the catalogs' entry with that `msgid` and `msgctxt`, or English when there is none, it is
  /// empty, or its placeholders differ from English's.
  static func template(
    _ english: String, plural: String?, context: String?, count: Int?, in language: Language
  ) -> String {
    let fallback = count.map { $0 == 1 ? english : (plural ?? english) } ?? english
    guard language != .english else { return fallback }
    let catalog = parsed(language)
    guard let forms = catalog.forms[POFile.Key(context: context, id: english)],
      let rule = catalog.pluralRule
    else { return fallback }
    let index = count.map { rule.index(for: $0) } ?? 0
    guard forms.indices.contains(index) else { return fallback }
    let text = forms[index]
    guard !text.isEmpty else { return fallback }
    return text
  }
}
