import Foundation

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
  /// The catalog files, by name: one per part of the program and language
  /// (`Resources/Catalogs/<part>.<tag>.po`; the alerts' own are `<tag>.po`): `core` for
  /// JourneyCore and JourneyStore (phases, days, symptoms, readings), `screens` for TerminalUI,
  /// `commands` for JourneyApp and the command line, `report` for JourneyExport. Parts keep
  /// each part's translators out of the others' files.
  public static let parts = ["", "core", "screens", "commands", "report"]

  /// A language's catalogs, parsed the first time the language is looked up (a run speaks one
  /// language: parsing all of them took most of a translated command's start): its
  /// translations by key, from all of its files (the alerts' first), and its plural rule (from
  /// the first file's `Plural-Forms`). English has none (its text is in the code). A file that
  /// does not parse is left out (its strings in English) and is reported by ``problems()``,
  /// which the catalog tests check.
  static func parsed(_ language: Language) -> ParsedCatalog {
    cache.value(language) {
      let files = sources(language).compactMap { try? POFile(text: $0.text) }
      return ParsedCatalog(
        table: Dictionary(
          files.flatMap { $0.entries.map { ($0.key, $0) } },
          uniquingKeysWith: { first, _ in first }),
        pluralRule: files.first?.pluralRule)
    }
  }

  /// The languages parsed so far.
  static let cache = Memo<Language, ParsedCatalog>()

  /// The plural rule of each language that has catalogs.
  static var pluralRules: [Language: PluralRule] {
    Dictionary(
      uniqueKeysWithValues: Language.allCases.compactMap { language in
        parsed(language).pluralRule.map { (language, $0) }
      })
  }

  /// The `.po` text of the alerts' catalog built in for `language`; nil for English.
  public static func source(_ language: Language) -> String? {
    sources(language).first { $0.name == "\(language.tag).po" }?.text
  }

  /// Every `.po` file built in for `language`, by file name (`screens.de.po`); none for English.
  public static func sources(_ language: Language) -> [(name: String, text: String)] {
    let tag = language.tag
    return parts.compactMap { part in
      let name = part.isEmpty ? "\(tag).po" : "\(part).\(tag).po"
      guard let bytes = embedded(name) else { return nil }
      return (name, String(decoding: bytes, as: UTF8.self))
    }
  }

  /// The bytes of a built-in catalog file.
  static func embedded(_ name: String) -> [UInt8]? {
    switch name {
    case "de.po": PackageResources.de_po
    case "es.po": PackageResources.es_po
    case "zh-Hans.po": PackageResources.zh_Hans_po
    case "core.de.po": PackageResources.core_de_po
    case "core.es.po": PackageResources.core_es_po
    case "core.zh-Hans.po": PackageResources.core_zh_Hans_po
    case "screens.de.po": PackageResources.screens_de_po
    case "screens.es.po": PackageResources.screens_es_po
    case "screens.zh-Hans.po": PackageResources.screens_zh_Hans_po
    case "commands.de.po": PackageResources.commands_de_po
    case "commands.es.po": PackageResources.commands_es_po
    case "commands.zh-Hans.po": PackageResources.commands_zh_Hans_po
    case "report.de.po": PackageResources.report_de_po
    case "report.es.po": PackageResources.report_es_po
    case "report.zh-Hans.po": PackageResources.report_zh_Hans_po
    default: nil
    }
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
    guard let entry = translation(key, in: language), let rule = parsed(language).pluralRule
    else {
      return english
    }
    let index = count.map { rule.index(for: $0) } ?? 0
    guard index < entry.translations.count, !entry.translations[index].isEmpty else {
      return english
    }
    return entry.translations[index]
  }

  /// The catalog's entry for `key` when it is translated, its placeholders agreeing with
  /// English's; nil otherwise.
  public static func translation(_ key: CatalogKey, in language: Language) -> POFile.Entry? {
    let catalog = parsed(language)
    guard catalog.agreeing.contains(key.key) else { return nil }
    return catalog.table[key.key]
  }

  /// The placeholders of a template, numbered as they are filled and sorted: `%s … %s` gives
  /// `["1$s", "2$s"]`, as does `%2$s … %1$s`. Two templates with the same list take the same
  /// arguments. `%%` is a percent sign, not a placeholder.
  public static func specifiers(_ template: String) -> [String] {
    // Most texts (a help paragraph, a heading) have none: found without reading characters.
    guard template.utf8.contains(UInt8(ascii: "%")) else { return [] }
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
    // Most messages have no placeholder: found at once by `memchr`, where a scan through
    // `utf8` in a debug build (the tests') took a twentieth of their time, as every option's
    // help is worded each time a command line is read.
    var scanned = template
    let placeholders = scanned.withUTF8 { bytes in
      bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "%")), bytes.count) != nil } ?? false
    }
    guard placeholders else { return template }
    // Byte by byte: `%`, `$` and the digits are ASCII, so they never split a character, and a
    // message is formatted on every key that shows one.
    let bytes = Array(template.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
    var next = 0
    var at = 0
    while at < bytes.count {
      let byte = bytes[at]
      guard byte == UInt8(ascii: "%") else {
        result.append(byte)
        at += 1
        continue
      }
      let placeholder = at
      at += 1
      guard at < bytes.count else {
        result.append(byte)
        break
      }
      if bytes[at] == UInt8(ascii: "%") {
        result.append(byte)
        at += 1
        continue
      }
      var digitsEnd = at
      while digitsEnd < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")) ~= bytes[digitsEnd] {
        digitsEnd += 1
      }
      var index = next
      if digitsEnd > at, digitsEnd < bytes.count, bytes[digitsEnd] == UInt8(ascii: "$") {
        index = (Int(String(decoding: bytes[at..<digitsEnd], as: UTF8.self)) ?? 1) - 1
        at = digitsEnd + 1
      } else {
        next += 1
      }
      guard at < bytes.count else {
        result += bytes[placeholder..<at]
        break
      }
      // The conversion is one character: its lead byte says how many bytes it takes.
      let lead = bytes[at]
      let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      at = min(bytes.count, at + length)
      if arguments.indices.contains(index) {
        result += arguments[index].utf8
      } else {
        result += bytes[placeholder..<at]
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// What is wrong with the built-in catalogs: a file that does not parse, an entry of the
  /// alerts' catalog that ``CatalogKey`` does not have (left over from a string since removed).
  /// The other parts' entries are checked against the strings the code passes to ``tr(_:_:context:)``
  /// by `CatalogCompletenessTests`, which reads the sources. Empty when all is well.
  public static func problems() -> [String] {
    var problems: [String] = []
    let known = Set(CatalogKey.allCases.map(\.key))
    for language in Language.allCases {
      for (name, text) in sources(language) {
        do {
          let file = try POFile(text: text)
          guard name == "\(language.tag).po" else { continue }
          for entry in file.entries where !known.contains(entry.key) {
            problems.append("\(name) line \(entry.line): \"\(entry.id)\" is not a key")
          }
        } catch {
          problems.append("\(name): \(error)")
        }
      }
    }
    return problems
  }
}
