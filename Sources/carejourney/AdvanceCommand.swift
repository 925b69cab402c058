import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney advance`: records that the patient entered a phase.
struct AdvanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "advance",
    abstract: "Record that the patient entered a phase.",
    discussion: """
      Only the moves in the transition table are allowed: the normal path in order, re-collection
      (manufacturing → leukapheresis), readmission (post-discharge or follow-up → hospital-stay)
      and withdrawal from any phase. The last three need --reason.
      Entering infusion on a date makes that date Day 0. A phase recorded with its date not
      entered (a journey begun part-way through, on the Start screen) gets its date the same way.

      Examples:
        carejourney advance leukapheresis --on 2026-10-02
        carejourney advance hospital-stay --reason "fever on Day +12, admitted"
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The phase entered.")
  var phase: Phase

  @Option(help: "The date it was entered, YYYY-MM-DD (default: today).")
  var on: String?

  @Option(help: "Why (needed for re-collection, readmission and withdrawal).")
  var reason: String?

  @Option(help: "A note kept with the event.")
  var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    try TextLimits.check(freeText: ["--reason": reason, "--note": note])
    let (snapshot, care) = try context.loadStarted()
    let date = try on.map { try context.date($0, option: "--on") } ?? context.today
    var dated = false
    let (_, journey) = try context.journal.record { journey in
      let body = journey.entering(phase, on: date, reason: reason, note: note)
      if case .corrected = body {
        guard on != nil else {
          throw AppError(
            "\(phase.rawValue) is recorded with its date not entered: give the day it began, "
              + "--on DATE")
        }
        dated = true
      }
      return body
    }
    context.reportProblems(snapshot.problems)
    let day = StudyDay(date: date, journey: journey, protocol: care)
    if dated {
      say("Gave \(phase.title.lowercased()) its date: \(date) (\(day.label)).")
      return
    }
    say("Entered \(phase.title.lowercased()) on \(date) (\(day.label)).")
    say(journey.allowedText.prefix(1).uppercased() + journey.allowedText.dropFirst() + ".")
  }
}
