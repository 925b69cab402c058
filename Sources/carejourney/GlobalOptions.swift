import ArgumentParser
import JourneyApp
import JourneyCore

/// The roles by their names, spelt out: ArgumentParser's defaults reach each name through
/// generic code (`defaultValueDescription`) which, in a debug build, was a fiftieth of the test
/// run, as every command line read asks for them. The same names and no descriptions, as the
/// defaults give.
extension Role: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  public static var allValueDescriptions: [String: String] { [:] }
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    help: .init(
      OptionHelp.globalData, discussion: OptionHelp.globalDataDiscussion, valueName: "dir"))
  var data: String?

  @Option(help: .init(OptionHelp.globalRole, discussion: OptionHelp.globalRoleDiscussion))
  var role: Role?

  @Option(help: .init(OptionHelp.globalName, discussion: OptionHelp.globalNameDiscussion))
  var name: String?

  @Option(
    help: .init(
      OptionHelp.globalLang, discussion: OptionHelp.globalLangDiscussion, valueName: "tag"))
  var lang: String?

  /// The languages `--lang` names, in order: one (`de`), or several for the visit report
  /// (`de,en`); none without it.
  var languageTags: [String] {
    lang.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
  }
}
