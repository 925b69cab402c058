/// The translations built into the program (`Resources/Catalogs/*.po`, embedded in code as the
/// protocol is, so an installed binary needs no files beside it), and the lookup every
/// translated string goes through.
///
/// ```swift
/// Catalog.text(.actionUrgent, in: .german, "+49 9131 85-33010")
/// // "Rufen Sie jetzt Ihr CAR-T-Team an: +49 9131 85-33010."
/// Catalog.text(.moreAlerts, count: 3, in: .spanish)
/// ```
///
/// Each string falls back to English on its own: a language missing one string (or holding it
/// fuzzy, or with placeholders that do not match English's) shows that string in English and
/// the rest translated.
public enum Catalog {
  /// Each language's parsed catalog; English has none (its text is in ``CatalogKey``). A
  /// catalog that does not parse is empty (everything in English) and is reported by
  /// ``problems``, which the catalog tests check.
  static let files: [Language: POFile] = {
    var files: [Language: POFile] = [:]
    for language in Language.allCases {
      guard let text = source(language), let file = try? POFile(text: text) else { continue }
      files[language] = file
    }
    return files
  }()

  /// Translations by key, for each language.
  static let tables: [Language: [POFile.Key: POFile.Entry]] = files.mapValues { file in
    Dictionary(file.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The `.po` text built in for `language`; nil for English.
  public static func source(_ language: Language) -> String? {
    let bytes: [UInt8]
    switch language {
    case .english: return nil
    case .german: bytes = PackageResources.de_po
    case .simplifiedChinese: bytes = PackageResources.zh_Hans_po
    case .spanish: bytes = PackageResources.es_po
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `key` in `language`, its placeholders filled with `arguments` in order (`%1$s` by
  /// number); English when the language lacks it.
  public static func text(_ key: CatalogKey, in language: Language, _ arguments: String...)
    -> String
  {
    text(key, in: language, arguments: arguments)
  }

  /// ``text(_:in:_:)`` with the arguments in an array.
  public static func text(_ key: CatalogKey, in language: Language, arguments: [String])
    -> String
  {
    format(template(key, in: language, count: nil), arguments)
  }

  /// A message that depends on `count` (`%d more alerts`), in the plural form the language's
  /// `Plural-Forms` rule picks; `%d` (or the first placeholder) is the count.
  public static func text(
    _ key: CatalogKey, count: Int, in language: Language, _ arguments: String...
  ) -> String {
    format(template(key, in: language, count: count), [String(count)] + arguments)
  }

  /// The template before its placeholders are filled.
  static func template(_ key: CatalogKey, in language: Language, count: Int?) -> String {
    let english = count.map { $0 == 1 ? key.id : (key.plural ?? key.id) } ?? key.id
    guard let entry = translation(key, in: language), let file = files[language] else {
      return english
    }
    let index = count.map { file.pluralRule.index(for: $0) } ?? 0
    guard index < entry.translations.count, !entry.translations[index].isEmpty else {
      return english
    }
    return entry.translations[index]
  }

  /// The catalog's entry for `key` when it is translated, its placeholders agreeing with
  /// English's; nil otherwise.
  public static func translation(_ key: CatalogKey, in language: Language) -> POFile.Entry? {
    guard let entry = tables[language]?[key.key],
      entry.translations.contains(where: { !$0.isEmpty }),
      entry.translations.allSatisfy({
        $0.isEmpty || specifiers($0) == specifiers(key.plural ?? key.id)
      })
    else { return nil }
    return entry
  }

  /// The placeholders of a template, numbered as they are filled and sorted: `%s … %s` gives
  /// `["1$s", "2$s"]`, as does `%2$s … %1$s`. Two templates with the same list take the same
  /// arguments. `%%` is a percent sign, not a placeholder.
  public static func specifiers(_ template: String) -> [String] {
    var found: [String] = []
    var next = 1
    var chars = template[...]
    while let percent = chars.firstIndex(of: "%") {
      chars = chars[chars.index(after: percent)...]
      guard let first = chars.first else { break }
      if first == "%" {
        chars = chars.dropFirst()
        continue
      }
      let digits = chars.prefix(while: \.isNumber)
      var number = next
      if !digits.isEmpty, chars.dropFirst(digits.count).first == "$" {
        number = Int(digits) ?? next
        chars = chars.dropFirst(digits.count + 1)
      } else {
        next += 1
      }
      guard let conversion = chars.first else { break }
      found.append("\(number)$\(conversion)")
      chars = chars.dropFirst()
    }
    return found.sorted()
  }

  /// Fills `%s`, `%d` and `%N$s` with `arguments`; `%%` is a percent sign. A placeholder with
  /// no argument is left as written rather than dropped.
  public static func format(_ template: String, _ arguments: [String]) -> String {
    var result = ""
    var next = 0
    var chars = template[...]
    while let percent = chars.firstIndex(of: "%") {
      result += chars[..<percent]
      chars = chars[chars.index(after: percent)...]
      guard let first = chars.first else {
        result += "%"
        break
      }
      if first == "%" {
        result += "%"
        chars = chars.dropFirst()
        continue
      }
      let digits = chars.prefix(while: \.isNumber)
      var index = next
      var written = "%"
      if !digits.isEmpty, chars.dropFirst(digits.count).first == "$" {
        index = (Int(digits) ?? 1) - 1
        written += digits + "$"
        chars = chars.dropFirst(digits.count + 1)
      } else {
        next += 1
      }
      guard let conversion = chars.first else {
        result += written
        break
      }
      chars = chars.dropFirst()
      result += arguments.indices.contains(index) ? arguments[index] : written + String(conversion)
    }
    return result + chars
  }

  /// What is wrong with the built-in catalogs: a file that does not parse, an entry English
  /// does not have (left over from a string since removed). Empty when all is well.
  public static func problems() -> [String] {
    var problems: [String] = []
    let known = Set(CatalogKey.allCases.map(\.key))
    for language in Language.allCases {
      guard let text = source(language) else { continue }
      do {
        let file = try POFile(text: text)
        for entry in file.entries where !known.contains(entry.key) {
          problems.append("\(language.tag).po line \(entry.line): \"\(entry.id)\" is not a key")
        }
      } catch {
        problems.append("\(language.tag).po: \(error)")
      }
    }
    return problems
  }
}
