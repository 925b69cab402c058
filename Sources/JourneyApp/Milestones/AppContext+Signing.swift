import JourneyCore
import JourneyExport

extension AppContext {
  /// Signs the milestone `id` off as done on `on` (default: today), done elsewhere before
  /// CareJourney (`elsewhere`), or as not applying to this patient (`notApplicable`), decided
  /// under the lock; reports what could not be read and returns the line to print.
  public func sign(
    _ id: String, on: String?, elsewhere: Bool, note: String?, notApplicable: Bool
  ) throws -> String {
    try TextLimits.check(freeText: ["--note": note])
    let (snapshot, care) = try loadStarted()
    let date = try on.map { try self.date($0, option: "--on") } ?? today
    var signed: Milestone?
    try journal.record { journey in
      let target = try AppContext.milestone(
        id, in: journey.milestones(protocol: care, today: elsewhere ? today : date))
      if elsewhere, target.status != .notRecorded {
        let what = target.due.map { tr("%1$s (due %2$s)", target.id, $0.shown) } ?? target.id
        throw AppError(
          tr(
            "%s is not from before CareJourney: sign it with the day it was done, --on DATE",
            what))
      }
      if target.rule.signer == .nurse, author.role != .nurse {
        throw AppError(
          tr(
            "%1$s is signed by a nurse: run it as `carejourney --role nurse --name NAME %2$s`",
            target.id, "sign \(target.id)\(notApplicable ? " --not-applicable" : "")"))
      }
      if notApplicable, target.rule.appliesIf == nil {
        throw AppError(
          tr(
            "%s applies to every patient, so it cannot be marked not applicable; only "
              + "a milestone the protocol gives an applies-if can (`carejourney milestones` "
              + "shows them as \"only if: ...\")", target.id))
      }
      signed = target
      return .milestoneSigned(
        milestone: target.id, on: elsewhere ? nil : date, note: note,
        notApplicable: notApplicable)
    }
    reportProblems(snapshot.problems)
    guard let signed else { throw AppError(tr("nothing was recorded")) }
    let by = "\(author)"
    switch (notApplicable, elsewhere) {
    case (true, true):
      return tr(
        "Marked not applicable %1$s: %2$s, %3$s, by %4$s.", signed.id, signed.title,
        Journey.Signature.elsewhereText, by)
    case (true, false):
      return tr(
        "Marked not applicable %1$s: %2$s, on %3$s, by %4$s.", signed.id, signed.title,
        date.shown, by)
    case (false, true):
      return tr(
        "Signed %1$s: %2$s, %3$s, by %4$s.", signed.id, signed.title,
        Journey.Signature.elsewhereText, by)
    case (false, false):
      return tr(
        "Signed %1$s: %2$s, on %3$s, by %4$s.", signed.id, signed.title, date.shown, by)
    }
  }

  /// The milestone named by `id`: an exact occurrence id, or the first unsigned occurrence of a
  /// repeating rule.
  static func milestone(_ id: String, in milestones: [Milestone]) throws -> Milestone {
    if let exact = milestones.first(where: { $0.id == id }) {
      if let signature = exact.signature {
        let by = "\(signature.author)"
        throw AppError(
          signature.notApplicable
            ? tr(
              "%1$s is already marked not applicable by %2$s %3$s; to undo it use "
                + "`carejourney amend`", id, by, signature.whenText)
            : tr(
              "%1$s is already signed by %2$s %3$s; to undo it use `carejourney amend`", id, by,
              signature.whenText))
      }
      return exact
    }
    let occurrences = milestones.filter { $0.rule.id == id }
    if let next = occurrences.first(where: { $0.signature == nil }) { return next }
    if !occurrences.isEmpty {
      throw AppError(tr("every occurrence of %s so far is signed", id))
    }
    let ids = milestones.map(\.id)
    let close = Suggestions.closest(to: id, in: ids, limit: 3)
    let hint = close.isEmpty ? "" : " " + tr("Did you mean: %s?", close.joined(separator: ", "))
    throw AppError(
      tr("%s is not a milestone of this journey.", id) + hint + " "
        + tr("`carejourney milestones` lists them"))
  }
}
