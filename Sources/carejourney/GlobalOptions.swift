import ArgumentParser
import JourneyCore

extension Role: ExpressibleByArgument {}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The journey's data directory.",
      discussion: "Default: $CAREJOURNEY_DATA, else $XDG_DATA_HOME/carejourney, "
        + "else ~/.local/share/carejourney.", valueName: "dir"))
  var data: String?

  @Option(
    help: ArgumentHelp(
      "Who is using CareJourney: patient, caregiver or nurse.",
      discussion: "Default: the person the screens remember on this computer, else patient."))
  var role: Role?

  @Option(
    help: ArgumentHelp(
      "Your name, recorded with everything you write.",
      discussion: "Default: the person remembered on this computer; for the patient, the "
        + "patient's name; else your login name."))
  var name: String?

  @Option(
    help: ArgumentHelp(
      "The language alerts and reminders speak: en, de, zh-Hans or es.",
      discussion: "Default: the journey's setting, else $CAREJOURNEY_LANG, else $LANGUAGE, "
        + "$LC_ALL, $LC_MESSAGES, $LANG. Given to settings, it becomes the journey's setting.",
      valueName: "tag"))
  var lang: String?
}
