import Foundation

/// The journey as it stands: a fold over its events, never stored on its own.
///
/// `Journey(events:)` replays `journey.jsonl`. An event the rules refuse (a file edited by hand,
/// say) is kept out of the state and listed in ``problems``; it never stops the fold.
public struct Journey: Equatable, Sendable {
  /// A time spent in one phase.
  public struct Stay: Equatable, Sendable {
    public var phase: Phase
    public var start: LocalDate
    public var reason: String?
    public var note: String?
    public var eventID: String
    public var author: Author
  }

  /// A milestone signed off, or marked not applicable (a conditional one).
  public struct Signature: Equatable, Sendable {
    public var milestone: String
    public var on: LocalDate
    public var note: String?
    public var eventID: String
    public var author: Author
    /// Marked "not applicable" rather than done: the protocol's condition does not hold.
    public var notApplicable = false
  }

  public private(set) var patient: String?
  public private(set) var protocolID: String?
  public private(set) var teamPhone: String?
  /// The emergency number alerts name, when set with `settings`; else the protocol's default.
  public private(set) var emergencyNumber: String?
  public private(set) var temperatureUnit: TemperatureUnit = .celsius
  /// Phases in the order they were entered; the first is screening, from the day of `init`.
  public private(set) var stays: [Stay] = []
  /// The latest planned date for each phase.
  public private(set) var planned: [Phase: LocalDate] = [:]
  public private(set) var signatures: [Signature] = []
  /// Events in file order, corrections included, for the timeline.
  public private(set) var events: [JourneyEvent] = []
  /// Ids of events struck out by a correction, with the correcting event.
  public private(set) var struckOut: [String: JourneyEvent] = [:]
  /// Events that could not be applied, with why.
  public private(set) var problems: [String] = []

  /// An empty journey (no `created` event yet).
  public init() {}

  /// Replays events in file order.
  public init(events: [JourneyEvent]) {
    let corrections = Journey.corrections(in: events)
    for event in events {
      do {
        try apply(event, corrections: corrections)
      } catch {
        problems.append("event \(event.id) (\(event.type)): \(error.message)")
      }
    }
  }

  public var isStarted: Bool { patient != nil }

  /// The current phase.
  public var phase: Phase { stays.last?.phase ?? .screening }

  /// The day the current phase began.
  public var phaseStart: LocalDate? { stays.last?.start }

  /// The actual infusion date, if the patient has been infused.
  public var infusionDate: LocalDate? { stays.last { $0.phase == .infusion }?.start }

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
    if case .created = body {} else if !isStarted {
      throw JourneyError(.notStarted, "no journey yet: start one with `carejourney init`")
    }
    switch body {
    case .created(let patient, let protocolID, let phone, let unit):
      guard !isStarted else {
        throw JourneyError(.alreadyStarted, "this journey was already started")
      }
      self.patient = patient
      self.protocolID = protocolID
      self.teamPhone = phone
      self.temperatureUnit = unit
      stays = [
        Stay(
          phase: .screening, start: event.recordedAt.date, reason: nil, note: nil,
          eventID: event.id, author: event.author)
      ]
    case .planned(let phase, let date):
      planned[phase] = date
    case .phaseEntered(let phase, let on, let reason, let note):
      try checkTransition(to: phase, on: on, reason: reason)
      stays.append(
        Stay(
          phase: phase, start: on, reason: reason, note: note, eventID: event.id,
          author: event.author))
    case .settings(let phone, let unit, let emergency):
      if let phone { teamPhone = phone }
      if let unit { temperatureUnit = unit }
      if let emergency { emergencyNumber = emergency }
    case .milestoneSigned(let milestone, let on, let note, let notApplicable):
      signatures.append(
        Signature(
          milestone: milestone, on: on, note: note, eventID: event.id, author: event.author,
          notApplicable: notApplicable))
    case .corrected(let target, _, let on):
      guard let old = events.first(where: { $0.id == target }) else {
        throw JourneyError(.unknownEvent, "corrects \(target), which is not an earlier event")
      }
      if on != nil, case .created = old.body {
        throw JourneyError(.notCorrectable, "the start of a journey has no date to move")
      }
    }
    events.append(event)
  }

  static func body(_ body: JourneyEvent.Body, movedTo date: LocalDate) -> JourneyEvent.Body {
    switch body {
    case .planned(let phase, _): .planned(phase: phase, date: date)
    case .phaseEntered(let phase, _, let reason, let note):
      .phaseEntered(phase: phase, on: date, reason: reason, note: note)
    case .milestoneSigned(let milestone, _, let note, let notApplicable):
      .milestoneSigned(milestone: milestone, on: date, note: note, notApplicable: notApplicable)
    case .created, .settings, .corrected: body
    }
  }

  /// Refuses a move the transition table does not allow, one without a needed reason, or one
  /// dated before the current phase began.
  public func checkTransition(to next: Phase, on date: LocalDate, reason: String?)
    throws(JourneyError)
  {
    guard let transition = PhaseTransition.find(from: phase, to: next) else {
      throw JourneyError(
        .transitionNotAllowed,
        "\(phase.rawValue) cannot go to \(next.rawValue); \(allowedText)")
    }
    if transition.requiresReason, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw JourneyError(
        .reasonRequired,
        "going from \(phase.rawValue) to \(next.rawValue) is a \(transition.kind.rawValue) and "
          + "needs a reason: add --reason \"...\"")
    }
    if let start = phaseStart, date < start {
      throw JourneyError(
        .dateBeforeLastTransition,
        "\(date) is before \(start), when \(phase.rawValue) began; use that date or later")
    }
  }

  /// `allowed from here: manufacturing, withdrawn (needs --reason)`.
  public var allowedText: String {
    let options = PhaseTransition.allowed(from: phase)
    guard !options.isEmpty else { return "the journey has ended: nothing follows \(phase.rawValue)" }
    let list = options.map { $0.requiresReason ? "\($0.to.rawValue) (needs --reason)" : $0.to.rawValue }
    return "allowed from here: " + list.joined(separator: ", ")
  }

  /// Checks an event before it is written: the fold's rules, plus no date after `today`.
  /// Returns the journey with the event applied.
  public func checkNew(_ event: JourneyEvent, today: LocalDate) throws(JourneyError) -> Journey {
    switch event.body {
    case .phaseEntered(_, let on, _, _), .milestoneSigned(_, let on, _, _):
      if on > today {
        throw JourneyError(
          .dateInFuture,
          "\(on) is in the future (today is \(today)); record it on the day, or plan it with "
            + "`carejourney plan`")
      }
    case .corrected(_, _, let on?):
      if on > today {
        throw JourneyError(.dateInFuture, "\(on) is in the future (today is \(today))")
      }
    default: break
    }
    if case .corrected = event.body {
      // A correction changes history: replay everything and refuse it if any event breaks.
      let replayed = Journey(events: events + [event])
      if replayed.problems.count > problems.count, let first = replayed.problems.last {
        throw JourneyError(.notCorrectable, "that correction would break the journey: \(first)")
      }
      return replayed
    }
    var next = self
    try next.apply(event, corrections: [:])
    return next
  }
}
