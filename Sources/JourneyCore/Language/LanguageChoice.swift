/// Which language a run speaks and why, chosen in this order (the first that names a language
/// CareJourney speaks wins):
///
/// 1. `--lang` on the command line (refused when it names no language CareJourney speaks);
/// 2. the journey's setting (`settings --lang`);
/// 3. `CAREJOURNEY_LANG`;
/// 4. `LANGUAGE`, a colon-separated list of preferences (`de_AT:de:en`), each tried in turn;
/// 5. the locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set decides, as the
///    C library decides (`de_DE.UTF-8` → German, `zh_CN` → Simplified Chinese, `C` and `POSIX`
///    → English; a locale in another language → English);
/// 6. English.
///
/// The app reads these variables itself: Swift on Linux does not localise (`Locale.current`
/// is always `en_001`) and glibc's `gettext` works only for locales generated on the machine.
public struct LanguageChoice: Equatable, Sendable {
  /// Where the language came from, for `settings` to explain.
  public enum Source: Equatable, Sendable {
    case option
    case journey
    /// An environment variable, by name.
    case environment(String)
    case fallback
  }

  public var language: Language
  public var source: Source

  public init(language: Language, source: Source) {
    self.language = language
    self.source = source
  }

  /// `--lang` named no language CareJourney speaks.
  public struct UnknownLanguage: Error, Equatable, CustomStringConvertible {
    public var text: String
    public var description: String {
      "--lang \(text) is not a language CareJourney speaks: use one of \(Language.listText)"
    }
  }

  /// The language for `option` (`--lang`), the journey's setting (a tag as written in
  /// `journey.jsonl`) and the environment, in the order above.
  public static func resolve(
    option: String?, journey: String?, environment: [String: String]
  ) throws(UnknownLanguage) -> LanguageChoice {
    if let option {
      guard let language = Language(tag: option) else { throw UnknownLanguage(text: option) }
      return LanguageChoice(language: language, source: .option)
    }
    if let language = journey.flatMap(Language.init(tag:)) {
      return LanguageChoice(language: language, source: .journey)
    }
    return fromEnvironment(environment)
  }

  /// Steps 3 to 6: the environment alone.
  public static func fromEnvironment(_ environment: [String: String]) -> LanguageChoice {
    func set(_ name: String) -> String? {
      guard let value = environment[name], !value.isEmpty else { return nil }
      return value
    }
    if let value = set("CAREJOURNEY_LANG"), let language = Language(tag: value) {
      return LanguageChoice(language: language, source: .environment("CAREJOURNEY_LANG"))
    }
    if let list = set("LANGUAGE") {
      for item in list.split(separator: ":") {
        if let language = Language(tag: String(item)) {
          return LanguageChoice(language: language, source: .environment("LANGUAGE"))
        }
      }
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = set(name) else { continue }
      return LanguageChoice(
        language: Language(tag: value) ?? .english, source: .environment(name))
    }
    return LanguageChoice(language: .english, source: .fallback)
  }
}

extension LanguageChoice {
  /// Where the language came from, in words: `from --lang`, `from LANG`.
  public var whence: String {
    switch source {
    case .option: "from --lang"
    case .journey: "set for this journey"
    case .environment(let name): "from \(name)"
    case .fallback: "the default"
    }
  }
}
