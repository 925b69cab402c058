/// CRS and ICANS grades by the ASTCT 2019 consensus (Lee et al., Biol Blood Marrow Transplant
/// 2019;25:625–638), from what the nurse found.
///
/// Each grade comes with one sentence naming the finding that set it. Where ASTCT gives no grade
/// (a fever masked by treatment with no hypotension or hypoxia) the grade is nil and the sentence
/// says so: the care team grades, the app does not guess. Grading is not alerting: a low blood
/// pressure without fever is CRS grade 0 here and still an urgent red flag elsewhere.
public enum ASTCT {
  /// Fever is a temperature of at least this many °C.
  public static let feverCelsius = 38.0

  /// Both grades and their reasons, CRS first, the reasons in English: what an entry keeps in
  /// the files, whatever language the person grading reads (``grade(_:in:)`` for the screen).
  public static func grade(_ input: GradingInput) -> GradingResult {
    grade(input, in: .english)
  }

  /// Both grades with their reasons in `language`, as a screen shows them.
  public static func grade(_ input: GradingInput, in language: Language) -> GradingResult {
    Language.$current.withValue(language) { graded(input) }
  }

  static func graded(_ input: GradingInput) -> GradingResult {
    let crs = crsGrade(input)
    let icans = icansGrade(input)
    return GradingResult(crs: crs.grade, icans: icans.grade, reasons: [crs.reason, icans.reason])
  }

  /// The ICANS grade the ICE score alone gives: 10 → 0, 7–9 → 1, 3–6 → 2, 0–2 → 3, and 0 in a
  /// patient who cannot be roused → 4. The reason names the score, e.g. "ICE score 5 (3–6)".
  ///
  /// A score outside 0–10 is not an ICE score: it gives 0 and the reason says it was not counted.
  public static func icansFromICE(_ ice: Int, consciousness: GradingInput.Consciousness)
    -> (grade: Int, reason: String)
  {
    switch ice {
    case 10: (0, tr("ICE score 10 (no impairment)"))
    case 7...9: (1, tr("ICE score %s (7–9)", String(ice)))
    case 3...6: (2, tr("ICE score %s (3–6)", String(ice)))
    case 1...2: (3, tr("ICE score %s (0–2)", String(ice)))
    case 0 where consciousness == .unarousable:
      (4, tr("ICE score 0 (unarousable, cannot do the ICE)"))
    case 0: (3, tr("ICE score 0 while awake (0–2)"))
    default: (0, tr("ICE score %s is outside 0–10 and was not counted", String(ice)))
    }
  }

  // MARK: CRS

  /// Fever, hypotension and hypoxia: the more severe of hypotension and hypoxia, once there is
  /// fever or the fever has been masked by antipyretic or anti-cytokine therapy.
  static func crsGrade(_ input: GradingInput) -> (grade: Int?, reason: String) {
    let fever = input.temperature.map(isFever) ?? false
    let pressure = input.hypotension.crs
    let oxygen = input.oxygen.crs
    guard fever || input.masked else {
      let temperature =
        input.temperature.map {
          tr("no fever (%1$s is below %2$s)", celsius($0), celsius(feverCelsius))
        } ?? tr("no fever recorded")
      return (0, tr("CRS grade 0: CRS criteria not met: %s", temperature) + redFlag(input))
    }
    let context =
      fever
      ? tr("with fever %s", celsius(input.temperature ?? feverCelsius))
      : tr("fever no longer required after antipyretic or anti-cytokine therapy")
    switch (pressure, oxygen) {
    case (nil, nil):
      guard fever else {
        return (
          nil,
          tr(
            "CRS under treatment: fever masked and no hypotension or hypoxia; "
              + "ASTCT gives no grade here — the care team grades")
        )
      }
      return (
        1,
        tr(
          "CRS grade 1: fever %s without hypotension or hypoxia",
          celsius(input.temperature ?? feverCelsius))
      )
    case (let p?, nil):
      return (p.grade, tr("CRS grade %1$s: %2$s, %3$s", String(p.grade), p.finding, context))
    case (nil, let o?):
      return (o.grade, tr("CRS grade %1$s: %2$s, %3$s", String(o.grade), o.finding, context))
    case (let p?, let o?):
      let (grade, finding, comparison) =
        p.grade > o.grade
        ? (p.grade, p.finding, tr("hypotension is more severe than hypoxia"))
        : o.grade > p.grade
          ? (o.grade, o.finding, tr("hypoxia is more severe than hypotension"))
          : (
            p.grade, tr("%1$s and %2$s", p.finding, o.finding, context: "findings"),
            tr("hypotension and hypoxia give the same grade")
          )
      return (
        grade,
        tr("CRS grade %1$s: %2$s (%3$s), %4$s", String(grade), finding, comparison, context)
      )
    }
  }

  /// Fever at 38.0 °C and above, compared at 0.01 °C so that 100.4 °F counts as 38.0 °C.
  static func isFever(_ celsius: Double) -> Bool {
    (celsius * 100).rounded() >= (feverCelsius * 100).rounded()
  }

  /// Without fever a low blood pressure or low oxygen is not CRS, but it is still urgent.
  private static func redFlag(_ input: GradingInput) -> String {
    switch (input.hypotension != .none, input.oxygen != .none) {
    case (true, true):
      return tr(
        "; low blood pressure and low oxygen are still urgent red flags (grading and alerting "
          + "are separate)")
    case (true, false):
      return tr(
        "; low blood pressure is still an urgent red flag (grading and alerting are separate)")
    case (false, true):
      return tr("; low oxygen is still an urgent red flag (grading and alerting are separate)")
    case (false, false):
      return ""
    }
  }

  /// `38.0 °C`, or `37.95 °C` when the hundredths matter, so that a temperature just below
  /// fever never reads as 38.0.
  static func celsius(_ value: Double) -> String {
    guard value.isFinite, abs(value) < DecimalText.largest else { return "\(value) °C" }
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    let decimals =
      fraction % 10 == 0 ? "\(fraction / 10)" : fraction < 10 ? "0\(fraction)" : "\(fraction)"
    return Language.current.number("\(hundredths / 100).\(decimals)") + " °C"
  }

  // MARK: ICANS

  /// The most severe finding across the ICE score, consciousness, seizures, motor findings and
  /// cerebral oedema. Findings that tie at the top grade are all named.
  static func icansGrade(_ input: GradingInput) -> (grade: Int, reason: String) {
    var findings: [Finding] = []
    if let ice = input.ice {
      let (grade, reason) = icansFromICE(ice, consciousness: input.consciousness)
      findings.append(Finding(grade: grade, finding: reason))
    }
    // ICE 0 in an unarousable patient already names the unarousable state.
    let iceNamesIt = input.ice == 0 && input.consciousness == .unarousable
    let consciousness = iceNamesIt ? nil : input.consciousness.icans
    findings += [consciousness, input.seizure.icans, input.motor.icans, input.edema.icans]
      .compactMap { $0 }
    let noICE = input.ice == nil ? tr("; no ICE score recorded, so ICE does not count") : ""
    let top = findings.map(\.grade).max() ?? 0
    guard top > 0 else {
      let ice = findings.first.map { ", \($0.finding)" } ?? ""
      return (0, tr("ICANS grade 0: no ICANS finding") + ice + noICE)
    }
    let named = findings.filter { $0.grade == top }.map(\.finding)
    let joined = named.dropFirst().reduce(named.first ?? "") {
      tr("%1$s and %2$s", $0, $1, context: "findings")
    }
    return (top, tr("ICANS grade %1$s: %2$s", String(top), joined) + noICE)
  }

  /// A finding and the grade it gives on its own.
  struct Finding: Equatable {
    var grade: Int
    var finding: String
  }
}

extension GradingInput.Hypotension {
  /// The CRS grade this hypotension gives on its own; nil when there is none.
  var crs: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .fluids: .init(grade: 2, finding: tr("hypotension not requiring vasopressors"))
    case .vasopressor: .init(grade: 3, finding: tr("one vasopressor (with or without vasopressin)"))
    case .vasopressors: .init(grade: 4, finding: tr("several vasopressors (excluding vasopressin)"))
    }
  }
}

extension GradingInput.Oxygen {
  /// The CRS grade this oxygen support gives on its own; nil when none is needed.
  var crs: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .lowFlow: .init(grade: 2, finding: tr("low-flow oxygen (≤ 6 L/min or blow-by)"))
    case .highFlow:
      .init(
        grade: 3,
        finding: tr(
          "high-flow oxygen (> 6 L/min), facemask, non-rebreather or Venturi mask"))
    case .positivePressure:
      .init(grade: 4, finding: tr("positive pressure (CPAP, BiPAP or mechanical ventilation)"))
    }
  }
}

extension GradingInput.Consciousness {
  /// The ICANS grade this level of consciousness gives on its own; nil when alert.
  var icans: ASTCT.Finding? {
    switch self {
    case .alert: nil
    case .drowsy: .init(grade: 1, finding: tr("drowsy, awakens spontaneously"))
    case .voice: .init(grade: 2, finding: tr("awakens only to voice"))
    case .touch: .init(grade: 3, finding: tr("awakens only to touch"))
    case .unarousable:
      .init(grade: 4, finding: tr("unarousable or needs vigorous or repeated touch to wake"))
    }
  }
}

extension GradingInput.Seizure {
  /// The ICANS grade this seizure gives on its own; nil when there was none.
  var icans: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .brief: .init(grade: 3, finding: tr("a clinical seizure that resolved rapidly"))
    case .eeg:
      .init(grade: 3, finding: tr("non-convulsive seizures on EEG that resolved with intervention"))
    case .prolonged:
      .init(
        grade: 4,
        finding: tr(
          "a prolonged seizure (> 5 min) or repeated seizures without return to baseline"))
    }
  }
}

extension GradingInput.Motor {
  /// The ICANS grade this motor finding gives on its own; nil when there is none.
  var icans: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .weakness: .init(grade: 4, finding: tr("deep focal motor weakness"))
    }
  }
}

extension GradingInput.Edema {
  /// The ICANS grade this oedema gives on its own; nil when there is none.
  var icans: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .focal: .init(grade: 3, finding: tr("focal oedema on neuroimaging"))
    case .diffuse:
      .init(
        grade: 4,
        finding: tr(
          "diffuse cerebral oedema or signs of raised intracranial pressure"))
    }
  }
}
