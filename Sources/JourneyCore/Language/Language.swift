/// A language CareJourney speaks: English (the source language), German, Simplified Chinese and
/// Spanish. Its raw value is the BCP 47 tag used on the command line, in `journey.jsonl` and in
/// the protocol file's per-language keys (`"title.de"`).
public enum Language: String, CaseIterable, Codable, Sendable {
  case english = "en"
  case german = "de"
  case simplifiedChinese = "zh-Hans"
  case spanish = "es"

  /// The tag: `en`, `de`, `zh-Hans`, `es`.
  public var tag: String { rawValue }

  /// The language's own name, as a menu of languages shows it.
  public var nativeName: String {
    switch self {
    case .english: "English"
    case .german: "Deutsch"
    case .simplifiedChinese: "简体中文"
    case .spanish: "Español"
    }
  }

  /// The ICU locale numbers and dates are written in (`de_DE`: `38,4`).
  public var localeIdentifier: String {
    switch self {
    case .english: "en_GB"
    case .german: "de_DE"
    case .simplifiedChinese: "zh_Hans_CN"
    case .spanish: "es_ES"
    }
  }

  /// The language a tag or a POSIX locale names, or nil when CareJourney does not speak it.
  ///
  /// Accepts BCP 47 tags and POSIX locale names alike, with any region, encoding or modifier:
  /// `de`, `de-AT`, `de_DE.UTF-8`, `es_MX`, `zh-Hans`, `zh_CN`, `zh_SG.GB18030`. `C` and `POSIX`
  /// (with or without an encoding) are English. Traditional Chinese (`zh_TW`, `zh-Hant`,
  /// `zh_HK`) is not Simplified Chinese and gives nil.
  public init?(tag text: String) {
    var base = text.trimmingCharacters(in: .whitespaces)
    if let cut = base.firstIndex(where: { $0 == "." || $0 == "@" }) { base = String(base[..<cut]) }
    if base == "C" || base == "POSIX" {
      self = .english
      return
    }
    let parts = base.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
    guard let primary = parts.first else { return nil }
    switch primary {
    case "en": self = .english
    case "de": self = .german
    case "es": self = .spanish
    case "zh":
      let rest = Set(parts.dropFirst())
      guard rest.isDisjoint(with: ["hant", "tw", "hk", "mo"]) else { return nil }
      self = .simplifiedChinese
    default: return nil
    }
  }

  /// `en, de, zh-Hans, es`: the tags accepted, for messages that refuse another.
  public static var listText: String { allCases.map(\.tag).joined(separator: ", ") }
}
