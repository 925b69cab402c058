import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sign`: signs a milestone off.
struct SignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sign",
    abstract: "Sign a milestone off (nurse milestones need --role nurse).",
    discussion: """
      MILESTONE is an id from `carejourney milestones`. For a repeating milestone, its bare id
      signs the earliest occurrence not yet signed. A milestone from before the journey was
      recorded in CareJourney is signed with its real date (--on), or marked done elsewhere
      when that date is not known (--elsewhere). A milestone the protocol makes conditional
      ("only if: lupus with CNS involvement") is marked as not applying to this patient with
      --not-applicable, best with a --note saying why.

      Examples:
        carejourney --role nurse --name "Ana Weber" sign flu-day-minus-5
        carejourney --role nurse --name "Ana Weber" sign cells-collected --on 2026-10-14
        carejourney --role nurse --name "Ana Weber" sign baseline-igg --elsewhere
        carejourney --role nurse sign cns-anticonvulsant-prophylaxis --not-applicable \\
          --note "no CNS lupus"
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The milestone id.")
  var milestone: String

  @Option(help: "The date it was done, YYYY-MM-DD (default: today).")
  var on: String?

  @Flag(help: "Done elsewhere before CareJourney, its date not known (instead of --on).")
  var elsewhere = false

  @Option(help: "A note kept with the signature.")
  var note: String?

  @Flag(help: "Mark a conditional (only-if) milestone as not applying to this patient.")
  var notApplicable = false

  func validate() throws {
    if elsewhere && on != nil {
      throw ValidationError("give --on DATE (the day it was done) or --elsewhere, not both")
    }
    if elsewhere && notApplicable {
      throw ValidationError("give --elsewhere (done elsewhere) or --not-applicable, not both")
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    try TextLimits.check(freeText: ["--note": note])
    let (snapshot, care) = try context.loadStarted()
    let date = try on.map { try context.date($0, option: "--on") } ?? context.today
    var signed: Milestone?
    try context.journal.record { journey in
      let target = try SignCommand.find(
        milestone, in: journey.milestones(protocol: care, today: elsewhere ? context.today : date))
      if elsewhere, target.status != .notRecorded {
        let due = target.due.map { " (due \($0))" } ?? ""
        throw AppError(
          "\(target.id)\(due) is not from before CareJourney: sign it with the day it was done, "
            + "--on DATE")
      }
      if target.rule.signer == .nurse, context.author.role != .nurse {
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
    context.reportProblems(snapshot.problems)
    if let signed {
      let what = notApplicable ? "Marked not applicable" : "Signed"
      let when = elsewhere ? Journey.Signature.elsewhereText : "on \(date)"
      say("\(what) \(signed.id): \(signed.title), \(when), by \(context.author).")
    }
  }

  /// The milestone named by `id`: an exact occurrence id, or the first unsigned occurrence of a
  /// repeating rule.
  static func find(_ id: String, in milestones: [Milestone]) throws -> Milestone {
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
