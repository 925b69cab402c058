import JourneyCore
import JourneyStore

extension AppError {
  /// `journey.jsonl` is gone but day files remain: say so, never "no journey yet".
  public static func journeyMissing(_ root: String, _ dayFiles: Int) -> AppError {
    AppError(JourneyStore.journeyMissingMessage(root: root, dayFiles: dayFiles))
  }

  /// `journey.jsonl` is there but does not start with the journey's start: say so and where,
  /// never "no journey yet", and offer nothing that writes.
  public static func journeyDamaged(_ root: String, _ damage: LineProblem) -> AppError {
    AppError(
      tr(
        "the journey in %1$s is damaged: %2$s — nothing was changed, and nothing will be "
          + "written to it until it is mended; `carejourney verify` lists every problem and "
          + "`carejourney timeline` shows what can be read", root, "\(damage)"))
  }
}
