/// When a journey's screening began, as its `created` line says.
public enum JourneyStart: Equatable, Sendable {
  /// The day the line was written (`init` with no `--on`, and every journey started before
  /// `--on` existed).
  case dayRecorded
  /// A date given: `init --on`, or the Start screen for a patient still in screening.
  case on(LocalDate)
  /// Not entered: the journey was recorded part-way through and screening's date is not known.
  case notEntered
}
