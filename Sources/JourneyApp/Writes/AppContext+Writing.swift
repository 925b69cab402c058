import JourneyCore

extension AppContext {
  /// The journal every write goes through.
  public var journal: Journal { Journal(self) }

  /// Refuses anyone but a nurse, with the line to type instead.
  ///
  /// `what` says what is the nurse's ("recording a grading"); `command` is the subcommand and
  /// options to repeat after `--role nurse`.
  public func requireNurse(_ what: String, command: String) throws {
    guard author.role == .nurse else {
      throw AppError(
        tr(
          "%1$s is the nurse's: run it as `carejourney --role nurse --name NAME %2$s`", what,
          command))
    }
  }

  /// Refuses a write by a nurse whose name was never typed (no `--name`, nobody remembered as
  /// the nurse on this computer): a nurse signs, and a signature is never the login name.
  public static func requireName(_ author: Author) throws {
    guard author.role == .nurse, !author.hasName else { return }
    throw AppError(
      tr(
        "a nurse signs with the nurse's own name, and none was given: add it after --role "
          + "nurse, e.g. --name \"Ana Weber\"; nothing was written"))
  }

  /// Saves entries observed now in one write and reports what could not be read; the caller
  /// prints a `Saved` line for each (``SavedEntries/lines(withTime:)``) unless its output is
  /// JSON.
  public func saveNow(_ bodies: [Entry.Body]) throws -> SavedEntries {
    let saved = try journal.save(bodies)
    reportProblems(saved.basis.problems)
    return saved
  }
}
