import ArgumentParser
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
    help: ArgumentHelp(
      tr("The journey's data directory."),
      discussion: tr(
        "Default: $CAREJOURNEY_DATA, else $XDG_DATA_HOME/carejourney, "
          + "else ~/.local/share/carejourney."), valueName: "dir"))
  var data: String?

  @Option(
    help: ArgumentHelp(
      tr("Who is using CareJourney: patient, caregiver or nurse."),
      discussion: tr("Default: the person the screens remember on this computer, else patient.")))
  var role: Role?

  @Option(
    help: ArgumentHelp(
      tr("Your name, recorded with everything you write."),
      discussion: tr(
        "Default: the person remembered on this computer; for the patient, the "
          + "patient's name; else your login name.")))
  var name: String?

  @Option(
    help: ArgumentHelp(
      tr("The language CareJourney speaks: en, de, zh-Hans or es."),
      discussion: tr(
        "Default: the journey's setting, else $CAREJOURNEY_LANG, else $LANGUAGE, "
          + "$LC_ALL, $LC_MESSAGES, $LANG. Given to settings, it becomes the journey's setting. "
          + "export html takes two, side by side: --lang de,en."),
      valueName: "tag"))
  var lang: String?

  /// The languages `--lang` names, in order: one (`de`), or several for the visit report
  /// (`de,en`); none without it.
  var languageTags: [String] {
    lang.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
  }
}
