import Foundation
import JourneyCore
import JourneyStore

/// The language one command line speaks, chosen before ArgumentParser reads it, so that
/// `--help`, a mistyped option and every refusal speak it too: `--lang` as typed (the first of
/// `--lang de,en`), else the journey's `settings --lang` when a journey is in the data
/// directory, else the environment (``LanguageChoice``).
///
/// A `--lang` CareJourney does not speak is passed over here and refused by the command itself,
/// in the language chosen from the rest.
enum CommandLanguage {
  /// The language for `arguments` (without the program's name) run in `console`, whose journey
  /// (if any) is in `store` (``store(_:console:)``).
  static func resolve(_ arguments: [String], store: JourneyStore?, console: Console) -> Language {
    if let option = value(of: "--lang", in: options(arguments)),
      let first = option.split(separator: ",").first,
      let language = Language(tag: String(first))
    {
      return language
    }
    if let store, let language = journeyLanguage(store).flatMap(Language.init(tag:)) {
      return language
    }
    return LanguageChoice.fromEnvironment(console.environment).language
  }

  /// The words of `arguments` that can be options: those before `--` or `--exec`.
  static func options(_ arguments: [String]) -> ArraySlice<String> {
    arguments.prefix { $0 != "--" && $0 != "--exec" }
  }

  /// The store of the data directory `arguments` name (`--data`, else the environment's, as
  /// every command finds it), found once for the language and the protocol read ahead; nil for
  /// `--data ""`, which the command refuses itself.
  static func store(_ arguments: [String], console: Console) -> JourneyStore? {
    let data = value(of: "--data", in: options(arguments))
    guard data?.isEmpty != true else { return nil }
    return JourneyStore(
      directory: DataDirectory.resolve(
        option: data, environment: console.environment,
        currentDirectory: console.currentDirectory))
  }

  /// The value of the first `option VALUE` or `option=VALUE` among `words`.
  static func value(of option: String, in words: ArraySlice<String>) -> String? {
    for (index, word) in zip(words.indices, words) {
      if word == option { return words.indices.contains(index + 1) ? words[index + 1] : nil }
      if word.hasPrefix(option + "=") { return String(word.dropFirst(option.count + 1)) }
    }
    return nil
  }

  /// The journey's own language setting (`settings --lang`), read from its `journey.jsonl`
  /// files as every command reads them (never following a link, never waiting on a pipe); nil
  /// when there is no journey or it cannot be read (the command then says why).
  static func journeyLanguage(_ store: JourneyStore) -> String? {
    guard store.hasJourney, let events = try? store.readEvents().events else { return nil }
    return Journey(events: events).language
  }
}
