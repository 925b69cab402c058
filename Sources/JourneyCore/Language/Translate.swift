// The lookup every word a person reads goes through, named as gettext names it.
//
// The English text is the key (`msgid`), as in gettext: `tr("Saved: %s", what)`. Each call's
// text must be one string literal (or literals joined with `+`), never interpolated, so that
// `CatalogCompletenessTests` can find it in the sources, as `xgettext` would, and fail when a
// language's catalog lacks it. Values go in as `%s` (`%1$s`, `%2$s` where a translation may
// reorder them); `context:` tells apart the same English words needing different translations.

/// `english` in ``Language/current``, its placeholders filled with `arguments`.
public func tr(_ english: String, _ arguments: String..., context: String? = nil) -> String {
  Catalog.format(
    Catalog.template(english, plural: nil, context: context, count: nil, in: Language.current),
    arguments)
}

/// `english` in `language` (the care team's, beside the patient's), placeholders filled.
public func tr(
  _ english: String, _ arguments: String..., context: String? = nil, in language: Language
) -> String {
  Catalog.format(
    Catalog.template(english, plural: nil, context: context, count: nil, in: language), arguments)
}

/// A message that depends on `count`, in ``Language/current``'s plural form for it; `%d` (the
/// first placeholder) is the count, `arguments` fill the rest.
public func trn(
  _ singular: String, _ plural: String, count: Int, _ arguments: String...,
  context: String? = nil
) -> String {
  Catalog.format(
    Catalog.template(
      singular, plural: plural, context: context, count: count, in: Language.current),
    [String(count)] + arguments)
}

/// ``trn(_:_:count:_:context:)`` in `language`.
public func trn(
  _ singular: String, _ plural: String, count: Int, _ arguments: String...,
  context: String? = nil, in language: Language
) -> String {
  Catalog.format(
    Catalog.template(singular, plural: plural, context: context, count: count, in: language),
    [String(count)] + arguments)
}
