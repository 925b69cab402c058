extension Timeline {
  /// `IgG 6.2 g/L (620 mg/dL, low)`, `Creatinine 1.1 mg/dL (in range)`: the value as typed,
  /// then in the protocol's unit when it was typed in another, and where it falls.
  public static func describe(_ result: LabResult, care: CareProtocol) -> String {
    let number = { (value: Double) in Language.current.number(LabDefinition.format(value)) }
    guard let lab = care.lab(named: result.lab) else {
      return "\(result.lab) \(number(result.typedValue)) \(result.typedUnit)"
    }
    var notes: [String] = []
    if LabDefinition.unitKey(result.typedUnit) != LabDefinition.unitKey(lab.unit) {
      notes.append("\(number(result.value)) \(lab.unit)")
    }
    if let word = lab.status(of: result.value).word { notes.append(word) }
    let note = notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"
    return "\(lab.shownLabel) \(number(result.typedValue)) \(result.typedUnit)\(note)"
  }

  /// `SLEDAI-2K 4 (clinical 2) · DORIS not met: clinical SLEDAI 2 > 0 · drug-free not met: …`
  static func describeAssessment(
    sledai: [String], physicianGlobal: Double?, prednisoloneMg: Double?,
    immunosuppressants: [String], care: CareProtocol
  ) -> Shown {
    guard
      let visit = try? Remission.visit(
        sledai: sledai, physicianGlobal: physicianGlobal, prednisoloneMg: prednisoloneMg,
        immunosuppressants: immunosuppressants, settings: care.remission)
    else {
      return Shown(
        kind: .assessment, text: tr("SLEDAI-2K: unreadable descriptors %s", "\(sledai)"))
    }
    let score = visit.score
    var parts = [
      tr("SLEDAI-2K %1$s (clinical %2$s)", String(score.total), String(score.clinical))
    ]
    parts.append(remissionText("DORIS", visit.doris))
    if visit.doris.isMet { parts.append(remissionText(drugFreeName, visit.drugFree)) }
    return Shown(
      kind: .assessment, text: parts.joined(separator: " · "), value: Double(score.total),
      unit: "{score}")
  }

  /// Said on a visit's labs when no SLEDAI-2K was recorded that day: remission is judged at every
  /// visit, and DORIS 2021 cannot be judged without the clinical SLEDAI and the physician global.
  public static var notAssessedText: String {
    tr(
      "remission not assessed: no SLEDAI-2K recorded this day (DORIS needs it and the "
        + "physician global)")
  }

  /// What drug-free remission is called, in ``Language/current``.
  public static var drugFreeName: String { tr("drug-free remission") }

  /// The dates with a disease-activity assessment that was not struck out (a replacement counts).
  static func assessedDates(_ entries: [Entry], struckOut: [String: Entry]) -> Set<LocalDate> {
    var dates = Set<LocalDate>()
    for entry in entries {
      switch entry.body {
      case .assessment where struckOut[entry.id] == nil,
        .correction(_, _, .assessment?) where struckOut[entry.id] == nil:
        dates.insert(entry.observedAt.date)
      default: continue
      }
    }
    return dates
  }

  /// `DORIS met`, or `DORIS not met: reason; reason`.
  public static func remissionText(_ name: String, _ result: Remission.Result) -> String {
    result.isMet
      ? tr("%s met", name, context: "remission")
      : tr("%1$s not met: %2$s", name, result.reasons.joined(separator: "; "), context: "remission")
  }
}
