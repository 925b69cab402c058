extension TOMLTableReader {
  /// The per-language keys of `key`: `"title.en"`, `"title.de"`, `"title.zh-Hans"`,
  /// `"title.es"`. Quoted in the file, because TOML reads a bare `title.de` as a table inside
  /// `title`, which already holds the protocol's own text.
  public static func translationKeys(_ key: String) -> [String] {
    Language.allCases.map { "\(key).\($0.tag)" }
  }

  /// The translations of `key` given in this table (`"message.de" = "…"`), by language; a
  /// blank one is refused, as a blank `message` is.
  public func translations(_ key: String) throws(TOMLFileError) -> [Language: String] {
    var found: [Language: String] = [:]
    for language in Language.allCases {
      let name = "\(key).\(language.tag)"
      guard let text = try string(name) else { continue }
      guard !text.allSatisfy(\.isWhitespace) else { throw error(name, tr("%s is empty", name)) }
      found[language] = text
    }
    return found
  }

  /// The translations of `key`, a text the table may leave out: given without the text itself
  /// (`"source.de"` with no `source`), they are refused, as nothing would show them.
  public func translations(_ key: String, of text: String?) throws(TOMLFileError)
    -> [Language: String]
  {
    let found = try translations(key)
    if text == nil, let language = Language.allCases.first(where: { found[$0] != nil }) {
      let name = "\(key).\(language.tag)"
      throw error(
        name,
        tr("%1$s translates %2$s, which is missing: give %2$s too, or leave out %1$s", name, key))
    }
    return found
  }
}
