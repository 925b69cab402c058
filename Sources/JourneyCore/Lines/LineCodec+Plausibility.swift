/// The limits a line read back must meet: the same plausible ranges and text limits as when it
/// is typed (`Reading`, ``TextLimits``, the ICE items, the physician global, the prednisolone
/// dose), so that a file edited by hand or an imported backup can hold nothing the command line
/// and the screens would have refused. A line outside them is a damaged line: reported with
/// the reason, and left out, never shown as a 39.4 °C nobody measured or a 10¹⁷ lab value.
///
/// What a reason names (`tr("the note")`) is passed unevaluated and worded with it when it is
/// shown, so a line within its limits translates nothing.
extension LineCodec {
  /// The longest id a line may have; CareJourney writes 16 characters.
  static let longestID = 64

  /// Why `id` cannot be a line's id (empty, too long, a space, a line break or another
  /// character that is not printable ASCII), or nil when it can. `field` is the line's field.
  static func idProblem(_ id: String, field: String = "id") -> DecodingError? {
    guard !id.isEmpty else { return DecodingError { tr("no %s", field) } }
    var bytes = id
    let printable = bytes.withUTF8 { utf8 in
      for byte in utf8 where byte < 0x21 || byte > 0x7E || byte == UInt8(ascii: "\"") {
        return false
      }
      return true
    }
    guard id.utf8.count <= longestID, printable else {
      let shown = String(id.prefix(longestID))
      return DecodingError {
        tr(
          "%1$s \"%2$s\" is not an id: at most %3$s printable characters, no spaces or line "
            + "breaks", field, shown, String(longestID))
      }
    }
    return nil
  }

  /// Why a text is longer than it could have been typed (`what` names it), or nil.
  static func tooLong(
    _ text: String?, _ what: @autoclosure @escaping @Sendable () -> String, limit: Int
  ) -> DecodingError? {
    // No more characters than bytes: most texts need no count.
    guard let text, text.utf8.count > limit else { return nil }
    let length = TextLimits.length(text)
    guard length > limit else { return nil }
    return DecodingError {
      tr(
        "%1$s is %2$s characters long, over the limit of %3$s", what(), String(length),
        String(limit))
    }
  }

  /// Why `value` is outside `range`, as a reason naming the range, or nil when it is inside.
  /// `shown` writes a number with a decimal point, as the language then writes it.
  static func outside<T: Comparable>(
    _ what: @autoclosure @escaping @Sendable () -> String, _ value: T, _ range: ClosedRange<T>,
    _ shown: (T) -> String, unit: String
  ) -> DecodingError? {
    guard !range.contains(value) else { return nil }
    let (number, low, high) = (shown(value), shown(range.lowerBound), shown(range.upperBound))
    return DecodingError {
      let language = Language.current
      return tr(
        "%1$s %2$s is outside the plausible range %3$s–%4$s%5$s", what(), language.number(number),
        language.number(low), language.number(high), unit)
    }
  }

  /// Why an entry's values would have been refused when typed, or nil.
  static func implausibility(of body: Entry.Body) -> DecodingError? {
    let whole: (Int) -> String = { String($0) }
    let decimal: (Double) -> String = { DecimalText.format($0, places: 2, trimmed: true) }
    switch body {
    case .temperature(let celsius, let typed):
      return outside(
        tr("temperature", context: "entry kind"), celsius, Reading.plausibleCelsius, decimal,
        unit: " °C")
        ?? tooLong(typed, tr("the temperature as typed"), limit: TextLimits.name)
    case .heartRate(let bpm):
      return outside(tr("heart rate"), bpm, Reading.plausibleHeartRate, whole, unit: "/min")
    case .bloodPressure(let systolic, let diastolic):
      let mmHg = " mmHg"
      return outside(
        tr("systolic pressure"), systolic, Reading.plausibleSystolic, whole, unit: mmHg)
        ?? outside(
          tr("diastolic pressure"), diastolic, Reading.plausibleDiastolic, whole, unit: mmHg)
    case .oxygenSaturation(let percent):
      return outside(tr("SpO2"), percent, Reading.plausibleSpO2, whole, unit: " %")
    case .weight(let kilograms, let typed):
      return outside(
        tr("weight", context: "entry kind"), kilograms, Reading.plausibleKilograms, decimal,
        unit: " kg")
        ?? tooLong(typed, tr("the weight as typed"), limit: TextLimits.name)
    case .symptom(let name, let severity):
      return outside(tr("severity"), severity, 0...4, whole, unit: "")
        ?? tooLong(name, tr("the symptom's name"), limit: TextLimits.name)
    case .medication(let text), .note(let text):
      return tooLong(text, tr("the text"), limit: TextLimits.freeText)
    case .acknowledgement(let alert, let note):
      return tooLong(alert, tr("the alert's id"), limit: TextLimits.name)
        ?? tooLong(note, tr("the note"), limit: TextLimits.freeText)
    case .homeNeuroCheck(let check):
      return outside(
        tr("objects named"), check.objectsNamed, HomeNeuroCheck.objectsRange, whole, unit: "")
        ?? tooLong(check.sentence, tr("the sentence"), limit: TextLimits.freeText)
        ?? tooLong(check.note, tr("the note"), limit: TextLimits.freeText)
    case .medicationChange(let name, let dose, _, let reason):
      return tooLong(name, tr("the medicine's name"), limit: TextLimits.name)
        ?? tooLong(dose, tr("the dose"), limit: TextLimits.name)
        ?? tooLong(reason, tr("the reason"), limit: TextLimits.freeText)
    case .ice(let score):
      do {
        try score.validate()
      } catch {
        return DecodingError { error.description }
      }
      return tooLong(score.sentence, tr("the ICE sentence"), limit: TextLimits.freeText)
    case .grading(let input, let result):
      return input.temperature.flatMap {
        outside(
          tr("temperature", context: "entry kind"), $0, Reading.plausibleCelsius, decimal,
          unit: " °C")
      }
        ?? input.ice.flatMap { outside(tr("ICE score"), $0, ICEScore.totalPoints, whole, unit: "") }
        ?? result.crs.flatMap { outside(tr("CRS grade"), $0, 0...4, whole, unit: "") }
        ?? result.icans.flatMap { outside(tr("ICANS grade"), $0, 0...4, whole, unit: "") }
        ?? result.reasons.lazy.compactMap {
          tooLong($0, tr("a grading reason"), limit: TextLimits.freeText)
        }.first
    case .labs(let results):
      return results.lazy.compactMap(labImplausibility).first
    case .assessment(_, let pga, let prednisolone, let drugs):
      return pga.flatMap {
        outside(tr("physician global"), $0, Remission.physicianGlobalRange, decimal, unit: "")
      }
        ?? prednisolone.flatMap {
          outside(
            tr("prednisolone"), $0, Remission.plausiblePrednisoloneMg, decimal, unit: " mg/day")
        }
        ?? drugs.lazy.compactMap {
          tooLong($0, tr("an immunosuppressant's name"), limit: TextLimits.name)
        }.first
    case .correction(let target, let reason, let replacement):
      return idProblem(target, field: "target")
        ?? tooLong(reason, tr("the reason"), limit: TextLimits.freeText)
        ?? replacement.flatMap(implausibility(of:))
    }
  }

  /// Why one lab value cannot be real in any unit: not finite, or beyond ±10¹² (the
  /// protocol's own plausible range, which `carejourney visit` applies, is checked by
  /// `verify` and `import`, which have the protocol at hand).
  static func labImplausibility(_ result: LabResult) -> DecodingError? {
    let limit = DecimalText.largest
    guard !result.lab.isEmpty else {
      return DecodingError { tr("a lab value without the lab's name") }
    }
    for value in [result.value, result.typedValue] where !(value.isFinite && abs(value) < limit) {
      let lab = result.lab
      return DecodingError {
        tr("%1$s %2$s is not a lab value any unit gives", lab, Language.current.number("\(value)"))
      }
    }
    return tooLong(result.lab, tr("the lab's name"), limit: TextLimits.name)
      ?? tooLong(result.typedUnit, tr("the lab's unit"), limit: TextLimits.name)
  }

  /// Why a journey event's texts are longer than they could have been typed, or nil.
  static func implausibility(of body: JourneyEvent.Body) -> DecodingError? {
    switch body {
    case .created(let patient, let protocolID, let phone, _, _, let details):
      return tooLong(patient, tr("the patient's name"), limit: TextLimits.name)
        ?? tooLong(protocolID, tr("the protocol's id"), limit: TextLimits.name)
        ?? tooLong(phone, tr("the team's phone"), limit: TextLimits.name)
        ?? implausibility(of: details)
    case .planned:
      return nil
    case .phaseEntered(_, _, let reason, let note):
      return tooLong(reason, tr("the reason"), limit: TextLimits.freeText)
        ?? tooLong(note, tr("the note"), limit: TextLimits.freeText)
    case .milestoneSigned(let milestone, _, let note, _):
      return tooLong(milestone, tr("the milestone"), limit: TextLimits.name)
        ?? tooLong(note, tr("the note"), limit: TextLimits.freeText)
    case .settings(let phone, _, let emergency, let details, let language, let teamLanguage):
      return tooLong(phone, tr("the team's phone"), limit: TextLimits.name)
        ?? tooLong(emergency, tr("the emergency number"), limit: TextLimits.name)
        ?? tooLong(language, tr("the language"), limit: TextLimits.name)
        ?? tooLong(teamLanguage, tr("the care team's language"), limit: TextLimits.name)
        ?? implausibility(of: details)
    case .corrected(let target, let reason, _):
      return idProblem(target, field: "target")
        ?? tooLong(reason, tr("the reason"), limit: TextLimits.freeText)
    }
  }

  /// Why a line's patient details could not have been typed: a date of birth before
  /// ``PatientDetails/earliestBirth``, or an identifier `--identifier` would refuse.
  static func implausibility(of details: PatientDetails) -> DecodingError? {
    if let born = details.born, born < PatientDetails.earliestBirth {
      return DecodingError {
        tr(
          "a date of birth %1$s, before %2$s", Language.current.numericDate(born),
          Language.current.numericDate(PatientDetails.earliestBirth))
      }
    }
    for identifier in details.identifiers {
      do {
        _ = try PatientIdentifier(parsing: identifier.description, option: "identifier")
      } catch {
        return DecodingError { error.message }
      }
    }
    return nil
  }
}
