/// The limits a line read back must meet: the same plausible ranges and text limits as when it
/// is typed (`Reading`, ``TextLimits``, the ICE items, the physician global, the prednisolone
/// dose), so that a file edited by hand or an imported backup can hold nothing the command line
/// and the screens would have refused. A line outside them is a damaged line: reported with
/// the reason, and left out, never shown as a 39.4 °C nobody measured or a 10¹⁷ lab value.
extension LineCodec {
  /// The longest id a line may have; CareJourney writes 16 characters.
  static let longestID = 64

  /// Why `id` cannot be a line's id (empty, too long, a space, a line break or another
  /// character that is not printable ASCII), or nil when it can.
  static func idProblem(_ id: String, field: String = "id") -> String? {
    guard !id.isEmpty else { return "no \(field)" }
    var bytes = id
    let printable = bytes.withUTF8 { utf8 in
      for byte in utf8 where byte < 0x21 || byte > 0x7E || byte == UInt8(ascii: "\"") {
        return false
      }
      return true
    }
    guard id.utf8.count <= longestID, printable else {
      return "\(field) \"\(id.prefix(longestID))\" is not an id: at most \(longestID) "
        + "printable characters, no spaces or line breaks"
    }
    return nil
  }

  /// Why a text is longer than it could have been typed (`what` names it), or nil.
  static func tooLong(_ text: String?, _ what: String, limit: Int) -> String? {
    // No more characters than bytes: most texts need no count.
    guard let text, text.utf8.count > limit, TextLimits.length(text) > limit else { return nil }
    return "\(what) is \(TextLimits.length(text)) characters long, over the limit of \(limit)"
  }

  /// Why `value` is outside `range`, as a reason naming the range, or nil when it is inside.
  static func outside<T: Comparable>(
    _ what: String, _ value: T, _ range: ClosedRange<T>, _ shown: (T) -> String, unit: String
  ) -> String? {
    guard !range.contains(value) else { return nil }
    return "\(what) \(shown(value)) is outside the plausible range "
      + "\(shown(range.lowerBound))–\(shown(range.upperBound))\(unit)"
  }

  /// Why an entry's values would have been refused when typed, or nil.
  static func implausibility(of body: Entry.Body) -> String? {
    let whole: (Int) -> String = { String($0) }
    let decimal: (Double) -> String = { DecimalText.format($0, places: 2, trimmed: true) }
    switch body {
    case .temperature(let celsius, let typed):
      return outside("temperature", celsius, Reading.plausibleCelsius, decimal, unit: " °C")
        ?? tooLong(typed, "the temperature as typed", limit: TextLimits.name)
    case .heartRate(let bpm):
      return outside("heart rate", bpm, Reading.plausibleHeartRate, whole, unit: "/min")
    case .bloodPressure(let systolic, let diastolic):
      let mmHg = " mmHg"
      return outside("systolic pressure", systolic, Reading.plausibleSystolic, whole, unit: mmHg)
        ?? outside("diastolic pressure", diastolic, Reading.plausibleDiastolic, whole, unit: mmHg)
    case .oxygenSaturation(let percent):
      return outside("SpO2", percent, Reading.plausibleSpO2, whole, unit: " %")
    case .weight(let kilograms, let typed):
      return outside("weight", kilograms, Reading.plausibleKilograms, decimal, unit: " kg")
        ?? tooLong(typed, "the weight as typed", limit: TextLimits.name)
    case .symptom(let name, let severity):
      return outside("severity", severity, 0...4, whole, unit: "")
        ?? tooLong(name, "the symptom's name", limit: TextLimits.name)
    case .medication(let text), .note(let text):
      return tooLong(text, "the text", limit: TextLimits.freeText)
    case .acknowledgement(let alert, let note):
      return tooLong(alert, "the alert's id", limit: TextLimits.name)
        ?? tooLong(note, "the note", limit: TextLimits.freeText)
    case .homeNeuroCheck(let check):
      return outside(
        "objects named", check.objectsNamed, HomeNeuroCheck.objectsRange, whole, unit: "")
        ?? tooLong(check.sentence, "the sentence", limit: TextLimits.freeText)
        ?? tooLong(check.note, "the note", limit: TextLimits.freeText)
    case .medicationChange(let name, let dose, _, let reason):
      return tooLong(name, "the medicine's name", limit: TextLimits.name)
        ?? tooLong(dose, "the dose", limit: TextLimits.name)
        ?? tooLong(reason, "the reason", limit: TextLimits.freeText)
    case .ice(let score):
      do {
        try score.validate()
      } catch {
        return error.description
      }
      return tooLong(score.sentence, "the ICE sentence", limit: TextLimits.freeText)
    case .grading(let input, let result):
      return input.temperature.flatMap {
        outside("temperature", $0, Reading.plausibleCelsius, decimal, unit: " °C")
      }
        ?? input.ice.flatMap { outside("ICE score", $0, ICEScore.totalPoints, whole, unit: "") }
        ?? result.crs.flatMap { outside("CRS grade", $0, 0...4, whole, unit: "") }
        ?? result.icans.flatMap { outside("ICANS grade", $0, 0...4, whole, unit: "") }
        ?? result.reasons.lazy.compactMap {
          tooLong($0, "a grading reason", limit: TextLimits.freeText)
        }.first
    case .labs(let results):
      return results.lazy.compactMap(labImplausibility).first
    case .assessment(_, let pga, let prednisolone, let drugs):
      return pga.flatMap {
        outside("physician global", $0, Remission.physicianGlobalRange, decimal, unit: "")
      }
        ?? prednisolone.flatMap {
          outside("prednisolone", $0, Remission.plausiblePrednisoloneMg, decimal, unit: " mg/day")
        }
        ?? drugs.lazy.compactMap {
          tooLong($0, "an immunosuppressant's name", limit: TextLimits.name)
        }.first
    case .correction(let target, let reason, let replacement):
      return idProblem(target, field: "target")
        ?? tooLong(reason, "the reason", limit: TextLimits.freeText)
        ?? replacement.flatMap(implausibility(of:))
    }
  }

  /// Why one lab value cannot be real in any unit: not finite, or beyond ±10¹² (the
  /// protocol's own plausible range, which `carejourney visit` applies, is checked by
  /// `verify` and `import`, which have the protocol at hand).
  static func labImplausibility(_ result: LabResult) -> String? {
    let limit = DecimalText.largest
    guard !result.lab.isEmpty else { return "a lab value without the lab's name" }
    for value in [result.value, result.typedValue] where !(value.isFinite && abs(value) < limit) {
      return "\(result.lab) \(value) is not a lab value any unit gives"
    }
    return tooLong(result.lab, "the lab's name", limit: TextLimits.name)
      ?? tooLong(result.typedUnit, "the lab's unit", limit: TextLimits.name)
  }

  /// Why a journey event's texts are longer than they could have been typed, or nil.
  static func implausibility(of body: JourneyEvent.Body) -> String? {
    switch body {
    case .created(let patient, let protocolID, let phone, _, _, let details):
      return tooLong(patient, "the patient's name", limit: TextLimits.name)
        ?? tooLong(protocolID, "the protocol's id", limit: TextLimits.name)
        ?? tooLong(phone, "the team's phone", limit: TextLimits.name)
        ?? implausibility(of: details)
    case .planned:
      return nil
    case .phaseEntered(_, _, let reason, let note):
      return tooLong(reason, "the reason", limit: TextLimits.freeText)
        ?? tooLong(note, "the note", limit: TextLimits.freeText)
    case .milestoneSigned(let milestone, _, let note, _):
      return tooLong(milestone, "the milestone", limit: TextLimits.name)
        ?? tooLong(note, "the note", limit: TextLimits.freeText)
    case .settings(let phone, _, let emergency, let details, let language, let teamLanguage):
      return tooLong(phone, "the team's phone", limit: TextLimits.name)
        ?? tooLong(emergency, "the emergency number", limit: TextLimits.name)
        ?? tooLong(language, "the language", limit: TextLimits.name)
        ?? tooLong(teamLanguage, "the care team's language", limit: TextLimits.name)
        ?? implausibility(of: details)
    case .corrected(let target, let reason, _):
      return idProblem(target, field: "target")
        ?? tooLong(reason, "the reason", limit: TextLimits.freeText)
    }
  }

  /// Why a line's patient details could not have been typed: a date of birth before
  /// ``PatientDetails/earliestBirth``, or an identifier `--identifier` would refuse.
  static func implausibility(of details: PatientDetails) -> String? {
    if let born = details.born, born < PatientDetails.earliestBirth {
      return "a date of birth \(born), before \(PatientDetails.earliestBirth)"
    }
    for identifier in details.identifiers {
      do {
        _ = try PatientIdentifier(parsing: identifier.description, option: "identifier")
      } catch {
        return error.message
      }
    }
    return nil
  }
}
