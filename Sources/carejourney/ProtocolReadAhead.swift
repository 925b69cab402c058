import JourneyCore
import JourneyStore

/// Starts reading the journey's protocol on the computer's other core while this one parses
/// the command line and reads the journey (``CareProtocol/readAhead(toml:)``): reading the
/// protocol file is a quarter of a command like `log`, and almost every command needs it.
///
/// Nothing is started for a request for help or the version, which need no protocol, nor
/// when the data directory holds no readable `protocol.toml` (it is read as every command reads
/// it: never through a link, never waiting on a pipe). The command itself still reads the file
/// and refuses it when it must, in its own words.
enum ProtocolReadAhead {
  /// The words that ask for help or the version, for which nothing is read.
  static let helpWords: Set<String> = [
    "-h", "--help", "help", "--version", "--experimental-dump-help",
    "--generate-completion-script",
  ]

  /// Starts reading the protocol of the journey in `store` (``CommandLanguage/store(_:console:)``),
  /// unless `arguments` (without the program's name) ask for help.
  static func start(_ arguments: [String], store: JourneyStore?) {
    guard let store, !CommandLanguage.options(arguments).contains(where: helpWords.contains),
      let text = try? store.readProtocolText()
    else { return }
    CareProtocol.readAhead(toml: text)
  }
}
