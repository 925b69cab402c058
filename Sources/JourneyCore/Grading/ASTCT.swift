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

  /// Both grades and their reasons, CRS first.
  public static func grade(_ input: GradingInput) -> GradingResult {
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
    case 10: (0, "ICE score 10 (no impairment)")
    case 7...9: (1, "ICE score \(ice) (7–9)")
    case 3...6: (2, "ICE score \(ice) (3–6)")
    case 1...2: (3, "ICE score \(ice) (0–2)")
    case 0 where consciousness == .unarousable:
      (4, "ICE score 0 (unarousable, cannot do the ICE)")
    case 0: (3, "ICE score 0 while awake (0–2)")
    default: (0, "ICE score \(ice) is outside 0–10 and was not counted")
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
          "no fever (\(celsius($0)) is below \(celsius(feverCelsius)))"
        } ?? "no fever recorded"
      return (0, "CRS grade 0: CRS criteria not met: \(temperature)\(redFlag(input))")
    }
    let context =
      fever
      ? "with fever \(celsius(input.temperature ?? feverCelsius))"
      : "fever no longer required after antipyretic or anti-cytokine therapy"
    switch (pressure, oxygen) {
    case (nil, nil):
      guard fever else {
        return (
          nil,
          "CRS under treatment: fever masked and no hypotension or hypoxia; "
            + "ASTCT gives no grade here — the care team grades"
        )
      }
      return (
        1,
        "CRS grade 1: fever \(celsius(input.temperature ?? feverCelsius)) "
          + "without hypotension or hypoxia"
      )
    case (let p?, nil):
      return (p.grade, "CRS grade \(p.grade): \(p.finding), \(context)")
    case (nil, let o?):
      return (o.grade, "CRS grade \(o.grade): \(o.finding), \(context)")
    case (let p?, let o?):
      let (grade, finding, comparison) =
        p.grade > o.grade
        ? (p.grade, p.finding, "hypotension is more severe than hypoxia")
        : o.grade > p.grade
          ? (o.grade, o.finding, "hypoxia is more severe than hypotension")
          : (
            p.grade, "\(p.finding) and \(o.finding)", "hypotension and hypoxia give the same grade"
          )
      return (grade, "CRS grade \(grade): \(finding) (\(comparison)), \(context)")
    }
  }

  /// Fever at 38.0 °C and above, compared at 0.01 °C so that 100.4 °F counts as 38.0 °C.
  static func isFever(_ celsius: Double) -> Bool {
    (celsius * 100).rounded() >= (feverCelsius * 100).rounded()
  }

  /// Without fever a low blood pressure or low oxygen is not CRS, but it is still urgent.
  private static func redFlag(_ input: GradingInput) -> String {
    let low = [
      input.hypotension == .none ? nil : "low blood pressure",
      input.oxygen == .none ? nil : "low oxygen",
    ].compactMap { $0 }
    guard !low.isEmpty else { return "" }
    let verb = low.count == 1 ? "is still an urgent red flag" : "are still urgent red flags"
    return "; \(low.joined(separator: " and ")) \(verb) "
      + "(grading and alerting are separate)"
  }

  /// `38.0 °C`, or `37.95 °C` when the hundredths matter, so that a temperature just below
  /// fever never reads as 38.0.
  static func celsius(_ value: Double) -> String {
    guard value.isFinite, abs(value) < DecimalText.largest else { return "\(value) °C" }
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    let decimals =
      fraction % 10 == 0 ? "\(fraction / 10)" : fraction < 10 ? "0\(fraction)" : "\(fraction)"
    return "\(hundredths / 100).\(decimals) °C"
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
    let noICE = input.ice == nil ? "; no ICE score recorded, so ICE does not count" : ""
    let top = findings.map(\.grade).max() ?? 0
    guard top > 0 else {
      let ice = findings.first.map { ", \($0.finding)" } ?? ""
      return (0, "ICANS grade 0: no ICANS finding\(ice)\(noICE)")
    }
    let named = findings.filter { $0.grade == top }.map(\.finding)
    return (top, "ICANS grade \(top): \(named.joined(separator: " and "))\(noICE)")
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
    case .fluids: .init(grade: 2, finding: "hypotension not requiring vasopressors")
    case .vasopressor: .init(grade: 3, finding: "one vasopressor (with or without vasopressin)")
    case .vasopressors: .init(grade: 4, finding: "several vasopressors (excluding vasopressin)")
    }
  }
}

extension GradingInput.Oxygen {
  /// The CRS grade this oxygen support gives on its own; nil when none is needed.
  var crs: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .lowFlow: .init(grade: 2, finding: "low-flow oxygen (≤ 6 L/min or blow-by)")
    case .highFlow:
      .init(
        grade: 3, finding: "high-flow oxygen (> 6 L/min), facemask, non-rebreather or Venturi mask")
    case .positivePressure:
      .init(grade: 4, finding: "positive pressure (CPAP, BiPAP or mechanical ventilation)")
    }
  }
}

extension GradingInput.Consciousness {
  /// The ICANS grade this level of consciousness gives on its own; nil when alert.
  var icans: ASTCT.Finding? {
    switch self {
    case .alert: nil
    case .drowsy: .init(grade: 1, finding: "drowsy, awakens spontaneously")
    case .voice: .init(grade: 2, finding: "awakens only to voice")
    case .touch: .init(grade: 3, finding: "awakens only to touch")
    case .unarousable:
      .init(grade: 4, finding: "unarousable or needs vigorous or repeated touch to wake")
    }
  }
}

extension GradingInput.Seizure {
  /// The ICANS grade this seizure gives on its own; nil when there was none.
  var icans: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .brief: .init(grade: 3, finding: "a clinical seizure that resolved rapidly")
    case .eeg:
      .init(grade: 3, finding: "non-convulsive seizures on EEG that resolved with intervention")
    case .prolonged:
      .init(
        grade: 4,
        finding: "a prolonged seizure (> 5 min) or repeated seizures without return to baseline")
    }
  }
}

extension GradingInput.Motor {
  /// The ICANS grade this motor finding gives on its own; nil when there is none.
  var icans: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .weakness: .init(grade: 4, finding: "deep focal motor weakness")
    }
  }
}

extension GradingInput.Edema {
  /// The ICANS grade this oedema gives on its own; nil when there is none.
  var icans: ASTCT.Finding? {
    switch self {
    case .none: nil
    case .focal: .init(grade: 3, finding: "focal oedema on neuroimaging")
    case .diffuse:
      .init(grade: 4, finding: "diffuse cerebral oedema or signs of raised intracranial pressure")
    }
  }
}
