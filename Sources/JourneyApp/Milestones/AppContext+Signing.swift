import JourneyCore

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
        let due = target.due.map { " (due \($0))" } ?? ""
        throw AppError(
          "\(target.id)\(due) is not from before CareJourney: sign it with the day it was done, "
            + "--on DATE")
      }
      if target.rule.signer == .nurse, author.role != .nurse {
        throw AppError(
          "\(target.id) is signed by a nurse: run it as `carejourney --role nurse --name NAME "
            + "sign \(target.id)\(notApplicable ? " --not-applicable" : "")`")
      }
      if notApplicable, target.rule.appliesIf == nil {
        throw AppError(
          "\(target.id) applies to every patient, so it cannot be marked not applicable; only "
            + "a milestone the protocol gives an applies-if can (`carejourney milestones` shows "
            + "them as \"only if: ...\")")
      }
      signed = target
      return .milestoneSigned(
        milestone: target.id, on: elsewhere ? nil : date, note: note,
        notApplicable: notApplicable)
    }
    reportProblems(snapshot.problems)
    guard let signed else { throw AppError("nothing was recorded") }
    let what = notApplicable ? "Marked not applicable" : "Signed"
    let when = elsewhere ? Journey.Signature.elsewhereText : "on \(date)"
    return "\(what) \(signed.id): \(signed.title), \(when), by \(author)."
  }

  /// The milestone named by `id`: an exact occurrence id, or the first unsigned occurrence of a
  /// repeating rule.
  static func milestone(_ id: String, in milestones: [Milestone]) throws -> Milestone {
    if let exact = milestones.first(where: { $0.id == id }) {
      if let signature = exact.signature {
        let what = signature.notApplicable ? "marked not applicable" : "signed"
        throw AppError(
          "\(id) is already \(what) by \(signature.author) \(signature.whenText); to undo it use "
            + "`carejourney amend`")
      }
      return exact
    }
    let occurrences = milestones.filter { $0.rule.id == id }
    if let next = occurrences.first(where: { $0.signature == nil }) { return next }
    if !occurrences.isEmpty { throw AppError("every occurrence of \(id) so far is signed") }
    let ids = milestones.map(\.id)
    let close = Suggestions.closest(to: id, in: ids, limit: 3)
    let hint = close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"
    throw AppError(
      "\(id) is not a milestone of this journey.\(hint) `carejourney milestones` lists them")
  }
}
