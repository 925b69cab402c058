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

  @Option(help: "Who is using CareJourney: patient, caregiver or nurse.")
  var role: Role = .patient

  @Option(help: "Your name, recorded with everything you write (default: your login name).")
  var name: String?
}
