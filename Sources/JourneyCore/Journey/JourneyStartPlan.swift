/// A journey recorded part-way through, from what a person knows when they first open
/// CareJourney: the patient, the phase they are in now and the day it began, the infusion date
/// (done or planned), the team's phone and the patient's details (date of birth, sex,
/// identifiers).
///
/// From that it writes the phases in between in the transition table's order, each with the
/// date given or with none ("leukapheresis: date not entered"), so the timeline never shows a
/// date nobody entered. A date can be given later by correcting the event (`amend ID --on DATE`).
public struct JourneyStartPlan: Equatable, Sendable {
  public var patient: String
  /// Where the patient is now.
  public var phase: Phase
  /// The day ``phase`` began.
  public var phaseBegan: LocalDate
  /// Day 0: the infusion's date when ``phase`` is after it (needed then), else the planned date
  /// (optional). For a patient in infusion it is ``phaseBegan``.
  public var infusion: LocalDate?
  public var teamPhone: String?
  public var details: PatientDetails

  public init(
    patient: String, phase: Phase, phaseBegan: LocalDate, infusion: LocalDate?,
    teamPhone: String?, details: PatientDetails = PatientDetails()
  ) {
    self.patient = patient
    self.phase = phase
    self.phaseBegan = phaseBegan
    self.infusion = phase == .infusion ? phaseBegan : infusion
    self.teamPhone = teamPhone
    self.details = details
  }

  /// The phases a journey may be started in, in order: every one but the two ends.
  public static let startingPhases: [Phase] = path

  /// The normal path from screening to follow-up, as the transition table gives it.
  public static let path: [Phase] = {
    var phases: [Phase] = [.screening]
    while let last = phases.last,
      let next = PhaseTransition.allowed(from: last).first(where: { $0.kind == .normal })?.to,
      !next.isEnd
    {
      phases.append(next)
    }
    return phases
  }()

  /// One line a person reads in the phase picker: what happens in the phase.
  public static func explanation(of phase: Phase) -> String {
    switch phase {
    case .screening: tr("tests and visits: is the treatment right for the patient?")
    case .leukapheresis: tr("the patient's T cells are collected from the blood")
    case .manufacturing: tr("the cells are made into CAR-T cells (a few weeks)")
    case .lymphodepletion: tr("chemotherapy in the days before the infusion")
    case .infusion: tr("the CAR-T cells are given: Day 0")
    case .hospitalStay: tr("in hospital after the infusion, watched for CRS and ICANS")
    case .postDischarge: tr("home, near the treatment centre, in the first weeks")
    case .followUp: tr("visits every few months, for years")
    case .completed: tr("the journey has ended")
    case .withdrawn: tr("the patient left the journey")
    }
  }

  /// Whether the infusion has happened by the time the patient is in ``phase``.
  public var infusionDone: Bool { phase >= .infusion }

  /// Whether the infusion date must be given: the patient is past it, and Day 0 counts from it.
  public static func needsInfusionDate(_ phase: Phase) -> Bool { phase > .infusion }

  /// Refuses what cannot be true on `today`, with the rule and the date that would be accepted:
  /// a phase that began in the future or decades ago, an infusion after the current phase began
  /// (or missing when it is past), a planned infusion before the current phase began (before
  /// lymphodepletion, say) or years ahead.
  public func check(today: LocalDate) throws(JourneyError) {
    guard JourneyStartPlan.path.contains(phase) else {
      throw JourneyError(
        .transitionNotAllowed,
        tr(
          "a journey cannot start in %1$s: choose one of %2$s", phase.rawValue,
          JourneyStartPlan.path.map(\.rawValue).joined(separator: ", ")))
    }
    let window = Journey.startWindow(today: today)
    try window.check(
      phaseBegan, tr("the day %1$s began, %2$s,", phase.rawValue, date(phaseBegan)))
    if JourneyStartPlan.needsInfusionDate(phase) {
      guard let infusion else {
        throw JourneyError(
          .dateMissing,
          tr(
            "the infusion date is needed for a patient in %s: Day 0 counts from it",
            phase.rawValue))
      }
      try window.check(infusion, tr("the infusion date %s", date(infusion)))
      if infusion > phaseBegan {
        throw JourneyError(
          .dateOutOfOrder,
          tr(
            "the infusion date %1$s is after %2$s, when %3$s began, and comes before it; the "
              + "latest date accepted is %2$s", date(infusion), date(phaseBegan), phase.rawValue))
      }
    } else if !infusionDone, let infusion {
      if infusion < phaseBegan {
        throw JourneyError(
          .dateOutOfOrder,
          tr(
            "the planned infusion %1$s is before %2$s, when %3$s began, and comes after it; "
              + "the earliest date accepted is %2$s", date(infusion), date(phaseBegan),
            phase.rawValue))
      }
      let latest = today.adding(years: Journey.planYearsAhead)
      if infusion > latest {
        throw JourneyError(
          .dateTooFarAhead,
          tr(
            "the planned infusion %1$s is more than %2$s years ahead; the latest date accepted "
              + "is %3$s", date(infusion), String(Journey.planYearsAhead), date(latest)))
      }
    }
  }

  /// A date as a refusal names it, in ``Language/current``.
  func date(_ date: LocalDate) -> String { Language.current.numericDate(date) }

  /// The phases recorded with no date: every one before ``phase`` but the infusion.
  public var notEntered: [Phase] {
    JourneyStartPlan.path.prefix { $0 != phase }.filter { $0 != .infusion }
  }

  /// `leukapheresis: date not entered`, one line for each phase recorded without a date.
  public var notEnteredLines: [String] {
    notEntered.map { "\($0.rawValue): \(Timeline.undatedText)" }
  }

  /// The events that record the journey, in order: the start (dated only for a patient still
  /// in screening), each phase passed (undated but the infusion), the current phase with its
  /// date, and a planned infusion.
  public func bodies(protocolID: String, unit: TemperatureUnit) -> [JourneyEvent.Body] {
    var bodies: [JourneyEvent.Body] = [
      .created(
        patient: patient, protocolID: protocolID, teamPhone: teamPhone, temperatureUnit: unit,
        began: phase == .screening ? .on(phaseBegan) : .notEntered, details: details)
    ]
    for passed in JourneyStartPlan.path.dropFirst() {
      guard passed < phase else { break }
      let date = passed == .infusion ? infusion : nil
      bodies.append(.phaseEntered(phase: passed, on: date, reason: nil, note: nil))
    }
    if phase != .screening {
      bodies.append(.phaseEntered(phase: phase, on: phaseBegan, reason: nil, note: nil))
    }
    if !infusionDone, let infusion {
      bodies.append(.planned(phase: .infusion, date: infusion))
    }
    return bodies
  }
}
