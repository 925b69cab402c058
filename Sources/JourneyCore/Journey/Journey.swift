import Foundation

/// The journey as it stands: a fold over its events, never stored on its own.
///
/// `Journey(events:)` replays `journey.jsonl`. An event the rules refuse (a file edited by hand,
/// say) is kept out of the state and listed in ``problems``; it never stops the fold.
public struct Journey: Equatable, Sendable {
  /// A time spent in one phase.
  public struct Stay: Equatable, Sendable {
    public var phase: Phase
    /// The day it began; nil when that date was not entered (a phase passed before the journey
    /// was recorded in CareJourney): the app never makes one up.
    public var start: LocalDate?
    public var reason: String?
    public var note: String?
    public var eventID: String
    public var author: Author
  }

  /// A milestone signed off, or marked not applicable (a conditional one).
  public struct Signature: Equatable, Sendable {
    public var milestone: String
    /// The day it was done; nil when it was marked done elsewhere, its date not known.
    public var on: LocalDate?
    public var note: String?
    public var eventID: String
    public var author: Author
    /// The day the signature was written (a later day than ``on`` for a late entry).
    public var recordedOn: LocalDate? = nil

    /// `on 2026-11-03`, or `done elsewhere, date not entered`, in ``Language/current``.
    public var whenText: String {
      on.map { tr("on %s", Language.current.numericDate($0), context: "date") }
        ?? Journey.Signature.elsewhereText
    }

    /// Said of a milestone marked done elsewhere, its date not known.
    public static var elsewhereText: String { tr("done elsewhere, date not entered") }
    /// Marked "not applicable" rather than done: the protocol's condition does not hold.
    public var notApplicable = false
  }

  public private(set) var patient: String?
  /// The patient's date of birth, sex and identifiers, as last given (`init`, `settings`).
  public private(set) var patientDetails = PatientDetails()
  public private(set) var protocolID: String?
  public private(set) var teamPhone: String?
  /// The emergency number alerts name, when set with `settings`; else the protocol's default.
  public private(set) var emergencyNumber: String?
  public private(set) var temperatureUnit: TemperatureUnit = .celsius
  /// The patient's language (`settings --lang`), as a tag; nil when not set. Kept as written,
  /// so a tag a later version knows is never lost (``LanguageChoice`` reads it).
  public private(set) var language: String?
  /// The care team's language (`settings --team-lang`): alerts show it below the patient's.
  public private(set) var teamLanguage: String?
  /// Phases in the order they were entered; the first is screening, from the day of `init` (or
  /// its `--on` date).
  public private(set) var stays: [Stay] = []
  /// The day the journey was first recorded in CareJourney (its `created` line was written).
  /// Milestones due before it are "before CareJourney", not overdue.
  public private(set) var firstRecorded: LocalDate?
  /// The latest planned date for each phase.
  public private(set) var planned: [Phase: LocalDate] = [:]
  public private(set) var signatures: [Signature] = []
  /// Events in file order, corrections included, for the timeline.
  public private(set) var events: [JourneyEvent] = []
  /// Ids of events struck out by a correction, with the correcting event.
  public private(set) var struckOut: [String: JourneyEvent] = [:]
  /// The events that could not be applied, in file order: kept for the nurse to resolve (two
  /// computers that moved the journey on differently while apart).
  public private(set) var refused: [JourneyEvent] = []
  /// Why each of ``refused`` could not be applied (one each, in its order), as the journey's
  /// rules say it.
  public private(set) var refusals: [String] = []

  /// Events that could not be applied, with why: `event ID (type): why`, one for each of
  /// ``refused``, worded in ``Language/current`` when asked.
  public var problems: [String] {
    zip(refused, refusals).map { event, why in
      tr("event %1$s (%2$s): %3$s", event.id, event.type, why)
    }
  }

  /// An empty journey (no `created` event yet).
  public init() {}

  /// Replays events in file order.
  public init(events: [JourneyEvent]) {
    let corrections = Journey.corrections(in: events)
    for event in events {
      do {
        try apply(event, corrections: corrections)
      } catch {
        refused.append(event)
        refusals.append(error.message)
      }
    }
  }

  public var isStarted: Bool { patient != nil }

  /// The current phase.
  public var phase: Phase { stays.last?.phase ?? .screening }

  /// The day the current phase began (nil when its date was not entered).
  public var phaseStart: LocalDate? { stays.last?.start }

  /// The latest phase whose date is known, with that date: later dates may not go before it.
  public var lastDatedStay: Stay? { stays.last { $0.start != nil } }

  /// The actual infusion date, if the patient has been infused.
  public var infusionDate: LocalDate? { stays.last { $0.phase == .infusion }?.start }

  /// The day screening began, when it was entered: the journey's start.
  public var startDate: LocalDate? { stays.first?.start }

  /// The earliest date the journey knows: screening's start, else (its date not entered) the
  /// earliest phase date entered; nil before any. Nothing that happened may be dated before it.
  public var earliestDate: LocalDate? {
    startDate ?? stays.compactMap(\.start).min()
  }

  /// Day 0: the actual infusion date, else the planned one.
  public var dayZero: LocalDate? { infusionDate ?? planned[.infusion] }

  /// The start of a phase: the latest day it was entered, else its planned date.
  public func start(of phase: Phase) -> LocalDate? {
    stays.last { $0.phase == phase }?.start ?? planned[phase]
  }

  /// The day the journey ended, if it has.
  public var endDate: LocalDate? { phase.isEnd ? phaseStart : nil }

  // MARK: - Applying events

  /// Corrections by the event they correct, latest last.
  static func corrections(in events: [JourneyEvent]) -> [String: JourneyEvent] {
    var result: [String: JourneyEvent] = [:]
    for event in events {
      if case .corrected(let target, _, _) = event.body { result[target] = event }
    }
    return result
  }

  /// Applies one event, or throws why it cannot be applied. Future dates are not checked here:
  /// the fold has no clock; ``checkNew(_:today:)`` does that before anything is written.
  mutating func apply(
    _ event: JourneyEvent, corrections: [String: JourneyEvent]
  ) throws(JourneyError) {
    var body = event.body
    if let correction = corrections[event.id], case .corrected(_, _, let newDate) = correction.body
    {
      guard let newDate else {
        struckOut[event.id] = correction
        events.append(event)
        return
      }
      body = Journey.body(body, movedTo: newDate)
    }
    if case .created = body {
    } else if !isStarted {
      throw JourneyError(.notStarted, tr("no journey yet: start one with `carejourney init`"))
    }
    switch body {
    case .created(let patient, let protocolID, let phone, let unit, let began, let details):
      guard !isStarted else {
        throw JourneyError(.alreadyStarted, tr("this journey was already started"))
      }
      self.patient = patient
      patientDetails = details
      self.protocolID = protocolID
      self.teamPhone = phone
      self.temperatureUnit = unit
      firstRecorded = event.recordedAt.date
      let start: LocalDate? =
        switch began {
        case .dayRecorded: event.recordedAt.date
        case .on(let date): date
        case .notEntered: nil
        }
      stays = [
        Stay(
          phase: .screening, start: start, reason: nil, note: nil, eventID: event.id,
          author: event.author)
      ]
    case .planned(let phase, let date):
      planned[phase] = date
    case .phaseEntered(let phase, let on, let reason, let note):
      try checkTransition(to: phase, on: on, reason: reason)
      stays.append(
        Stay(
          phase: phase, start: on, reason: reason, note: note, eventID: event.id,
          author: event.author))
    case .settings(let phone, let unit, let emergency, let details, let language, let teamLanguage):
      patientDetails = patientDetails.updated(by: details)
      if let phone { teamPhone = phone }
      if let unit { temperatureUnit = unit }
      if let emergency { emergencyNumber = emergency }
      if let language { self.language = language }
      if let teamLanguage { self.teamLanguage = teamLanguage }
    case .milestoneSigned(let milestone, let on, let note, let notApplicable):
      signatures.append(
        Signature(
          milestone: milestone, on: on, note: note, eventID: event.id, author: event.author,
          recordedOn: event.recordedAt.date, notApplicable: notApplicable))
    case .corrected(let target, _, _):
      guard events.contains(where: { $0.id == target }) else {
        throw JourneyError(
          .unknownEvent, tr("corrects %s, which is not an earlier event", target))
      }
    }
    events.append(event)
  }

  static func body(_ body: JourneyEvent.Body, movedTo date: LocalDate) -> JourneyEvent.Body {
    switch body {
    case .created(let patient, let protocolID, let phone, let unit, _, let details):
      .created(
        patient: patient, protocolID: protocolID, teamPhone: phone, temperatureUnit: unit,
        began: .on(date), details: details)
    case .planned(let phase, _): .planned(phase: phase, date: date)
    case .phaseEntered(let phase, _, let reason, let note):
      .phaseEntered(phase: phase, on: date, reason: reason, note: note)
    case .milestoneSigned(let milestone, _, let note, let notApplicable):
      .milestoneSigned(milestone: milestone, on: date, note: note, notApplicable: notApplicable)
    case .settings, .corrected: body
    }
  }

  /// Refuses a move the transition table does not allow, one without a needed reason, or one
  /// dated before the latest phase whose date is known began (a move with no date entered is
  /// checked against the table only).
  public func checkTransition(to next: Phase, on date: LocalDate?, reason: String?)
    throws(JourneyError)
  {
    guard let transition = PhaseTransition.find(from: phase, to: next) else {
      throw JourneyError(
        .transitionNotAllowed,
        tr("%1$s cannot go to %2$s; %3$s", phase.rawValue, next.rawValue, allowedText))
    }
    if transition.requiresReason, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw JourneyError(
        .reasonRequired,
        tr(
          "going from %1$s to %2$s is a %3$s and needs a reason: add --reason \"...\"",
          phase.rawValue, next.rawValue, transition.kind.title))
    }
    if let date, let last = lastDatedStay, let start = last.start, date < start {
      throw JourneyError(
        .dateBeforeLastTransition,
        tr(
          "%1$s is before %2$s, when %3$s began; use that date or later",
          Language.current.numericDate(date), Language.current.numericDate(start),
          last.phase.rawValue))
    }
  }

  /// What recording that the patient entered `next` on `date` writes: the phase entered; or,
  /// when the table does not lead there from here but `next` was recorded with its date not
  /// entered (a journey begun part-way through), that date given, as a correction of it.
  public func entering(_ next: Phase, on date: LocalDate, reason: String?, note: String?)
    -> JourneyEvent.Body
  {
    if PhaseTransition.find(from: phase, to: next) == nil,
      let undated = stays.last(where: { $0.phase == next && $0.start == nil })
    {
      return .corrected(
        target: undated.eventID, reason: reason ?? "date entered: it was not known", on: date)
    }
    return .phaseEntered(phase: next, on: date, reason: reason, note: note)
  }

  /// `allowed from here: manufacturing, withdrawn (needs --reason)`.
  public var allowedText: String {
    let options = PhaseTransition.allowed(from: phase)
    guard !options.isEmpty else {
      return tr("the journey has ended: nothing follows %s", phase.rawValue)
    }
    let list = options.map {
      $0.requiresReason ? tr("%s (needs --reason)", $0.to.rawValue) : $0.to.rawValue
    }
    return tr("allowed from here: %s", list.joined(separator: ", "))
  }

  /// Checks an event before it is written: the fold's rules, plus the dates a journey accepts
  /// (``pastWindow(today:)`` for what happened, ``planWindow(today:)`` for plans, and a plan
  /// never before a phase that must come first). Returns the journey with the event applied.
  public func checkNew(_ event: JourneyEvent, today: LocalDate) throws(JourneyError) -> Journey {
    switch event.body {
    case .phaseEntered(_, let on?, _, _), .milestoneSigned(_, let on?, _, _):
      try pastWindow(today: today).check(on)
    case .planned(let phase, let date):
      try planWindow(today: today).check(date)
      try checkPlanOrder(phase, date)
    case .corrected(let target, _, let on?):
      try checkMove(of: events.first { $0.id == target }, to: on, today: today)
    default: break
    }
    if case .corrected = event.body {
      // A correction changes history: replay everything and refuse it if any event breaks.
      let replayed = Journey(events: events + [event])
      // The first event the correction breaks says why; those after it fall with it.
      if replayed.problems.count > problems.count,
        let first = replayed.problems.first(where: { !problems.contains($0) })
      {
        throw JourneyError(
          .notCorrectable, tr("that correction would break the journey: %s", first))
      }
      return replayed
    }
    var next = self
    try next.apply(event, corrections: [:])
    return next
  }

  /// Refuses a plan for `phase` dated before a phase that comes before it on the normal path
  /// began: an infusion planned before lymphodepletion, say.
  func checkPlanOrder(_ phase: Phase, _ date: LocalDate) throws(JourneyError) {
    guard
      let earlier = stays.last(where: { stay in
        stay.phase < phase && !stay.phase.isEnd && stay.start.map { date < $0 } == true
      }), let start = earlier.start
    else { return }
    throw JourneyError(
      .dateOutOfOrder,
      tr(
        "%1$s planned for %2$s is before %3$s, when %4$s began, and comes after it; the earliest "
          + "date accepted is %3$s", phase.rawValue, Language.current.numericDate(date),
        Language.current.numericDate(start), earlier.phase.rawValue))
  }

  /// Refuses moving an event to a date outside what it may have: a plan within the plan window;
  /// what happened within the start window (the replay then keeps it in order with the phases
  /// around it), and within the past window: not before the journey's start, or with that not
  /// entered, not more than a year before the earliest date the journey has.
  func checkMove(of old: JourneyEvent?, to date: LocalDate, today: LocalDate) throws(JourneyError) {
    switch old?.body {
    case .planned?:
      try planWindow(today: today).check(date)
    case .created?:
      try Journey.startWindow(today: today).check(date)
    default:
      try Journey.startWindow(today: today).check(date)
      try pastWindow(today: today).check(date)
    }
  }
}
