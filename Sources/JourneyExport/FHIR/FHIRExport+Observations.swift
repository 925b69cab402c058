import JourneyCore

extension FHIRExport {
  /// A LOINC code with the display the FHIR R4 vital signs value set gives it.
  struct LOINC {
    var code: String
    var display: String

    var coding: Coding { Coding(System.loinc, code, display) }
  }

  /// The `code` of each vital sign's Observation, written once (``Fragments``).
  enum VitalCode {
    static let bodyTemperature = code([Vital.bodyTemperature], "Body temperature")
    static let heartRate = code([Vital.heartRate], "Heart rate")
    static let bloodPressure = code([Vital.bloodPressure], "Blood pressure")
    static let oxygenSaturation = code(
      [Vital.oxygenSaturation, Vital.pulseOximetry], "Oxygen saturation")
    static let bodyWeight = code([Vital.bodyWeight], "Body weight")

    static func code(_ loinc: [LOINC], _ text: String) -> JSONWriter.Fragment {
      Fragments.concept(loinc.map(\.coding), text: text)
    }
  }

  /// The vital signs, as listed in the FHIR R4 vital signs profiles (clinical reference §7).
  enum Vital {
    static let bodyTemperature = LOINC(code: "8310-5", display: "Body temperature")
    static let heartRate = LOINC(code: "8867-4", display: "Heart rate")
    static let bloodPressure = LOINC(
      code: "85354-9", display: "Blood pressure panel with all children optional")
    static let systolic = LOINC(code: "8480-6", display: "Systolic blood pressure")
    static let diastolic = LOINC(code: "8462-4", display: "Diastolic blood pressure")
    /// Required by the R4 `oxygensat` profile.
    static let oxygenSaturation = LOINC(
      code: "2708-6", display: "Oxygen saturation in Arterial blood")
    /// Added as a second coding: the reading comes from a pulse oximeter.
    static let pulseOximetry = LOINC(
      code: "59408-5", display: "Oxygen saturation in Arterial blood by Pulse oximetry")
    static let bodyWeight = LOINC(code: "29463-7", display: "Body weight")
  }

  /// The observation categories used (HL7 observation-category code system).
  enum Category: String {
    case vitalSigns = "vital-signs"
    case laboratory
    case survey
    case exam

    var display: String {
      switch self {
      case .vitalSigns: "Vital Signs"
      case .laboratory: "Laboratory"
      case .survey: "Survey"
      case .exam: "Exam"
      }
    }
  }

  /// A vital sign: LOINC and UCUM, category `vital-signs`; blood pressure as the panel with
  /// systolic and diastolic components.
  func vitalSign(_ body: Entry.Body, _ line: Line, _ w: inout JSONWriter) -> String {
    // The line's notes, then how the reading was typed (the line itself is not copied for it).
    var typedNotes: [String] = []
    let code: JSONWriter.Fragment
    var value: (Double, String, String)?
    var components: [(LOINC, Int)] = []
    switch body {
    case .temperature(let celsius, let typed):
      (code, value) = (VitalCode.bodyTemperature, (celsius, "°C", "Cel"))
      typedNotes = FHIRExport.typedNote(typed, value: celsius)
    case .heartRate(let bpm):
      (code, value) = (VitalCode.heartRate, (Double(bpm), "beats/minute", "/min"))
    case .bloodPressure(let systolic, let diastolic):
      code = VitalCode.bloodPressure
      components = [(Vital.systolic, systolic), (Vital.diastolic, diastolic)]
    case .oxygenSaturation(let percent):
      (code, value) = (VitalCode.oxygenSaturation, (Double(percent), "%", "%"))
    case .weight(let kilograms, let typed):
      (code, value) = (VitalCode.bodyWeight, (kilograms, "kg", "kg"))
      typedNotes = FHIRExport.typedNote(typed, value: kilograms)
    default:
      code = Fragments.concept([], text: "")
    }
    return observation(
      line, part: nil, category: .vitalSigns, code: code, moreNotes: typedNotes, into: &w,
      value: { w in
        if let (number, unit, ucum) = value {
          w.object("valueQuantity") { w in FHIRExport.quantity(&w, number, unit: unit, ucum: ucum) }
        }
      },
      after: { w in
        w.array("component", components) { w, component in
          w.object { w in
            FHIRExport.concept(&w, "code", [component.0.coding], text: component.0.display)
            w.object("valueQuantity") { w in
              FHIRExport.quantity(&w, Double(component.1), unit: "mmHg", ucum: "mm[Hg]")
            }
          }
        }
      })
  }

  /// A symptom: its protocol id in a local code system, the severity as a coding 0–4, or for a
  /// symptom logged only as happened, `valueBoolean`.
  func symptom(_ name: String, severity: Int, _ line: Line, _ w: inout JSONWriter) -> String {
    let code =
      fragments.symptoms[name]
      ?? {
        let symptom = input.care.symptom(named: name)
        return Fragments.symptomCode(id: symptom?.id ?? name, label: symptom?.label ?? name)
      }()
    if input.care.symptoms.first(where: { $0.id == name })?.scale == .present {
      // Logged only as happened (scale = "present"): stored 1 for yes, so a boolean.
      return observation(
        line, part: nil, category: .survey, code: code, into: &w,
        value: { w in w.bool("valueBoolean", severity > 0) })
    }
    let severities = Fragments.severities
    return observation(
      line, part: nil, category: .survey, code: code, into: &w,
      value: { w in
        w.fragment(
          "valueCodeableConcept",
          severities.indices.contains(severity)
            ? severities[severity] : Fragments.severity(severity))
      })
  }

  /// A visit lab value in the protocol's unit, coded with the LOINC code the protocol gives it
  /// (with its evidence tag there; never guessed here) and the protocol's lab id in a local code
  /// system; a lab the protocol gives no code (lymphocytes, eGFR) has the local coding alone.
  /// The protocol's reference range and the H/L it gives the value (v3 ObservationInterpretation)
  /// are there as the visit report shows them.
  func lab(_ result: LabResult, _ line: Line, _ w: inout JSONWriter) -> String {
    let definition = input.care.lab(named: result.lab)
    let label = definition?.label ?? result.lab
    var codings = [Coding(System.lab, result.lab, label)]
    if let loinc = definition?.loinc { codings.insert(Coding(System.loinc, loinc, nil), at: 0) }
    // Without the lab in the protocol, the stored value's unit is unknown: give it as typed.
    let (value, unit) =
      definition.map { (result.value, $0.unit) }
      ?? (result.typedValue, result.typedUnit)
    let ucum = FHIRExport.ucum(unit)
    let interpretation: Coding? =
      switch definition?.status(of: result.value) {
      case .high: Coding(System.interpretation, "H", "High")
      case .low: Coding(System.interpretation, "L", "Low")
      case .normal: Coding(System.interpretation, "N", "Normal")
      case .noRange, nil: nil
      }
    return observation(
      line, part: result.lab, category: .laboratory, codings: codings, text: label, into: &w,
      value: { w in
        w.object("valueQuantity") { w in FHIRExport.quantity(&w, value, unit: unit, ucum: ucum) }
        if let interpretation {
          w.array("interpretation") { w in
            w.object { w in FHIRExport.concept(&w, [interpretation], text: nil) }
          }
        }
      },
      after: { w in
        guard let definition, definition.low != nil || definition.high != nil else { return }
        w.array("referenceRange") { w in
          w.object { w in
            if let low = definition.low {
              w.object("low") { w in FHIRExport.quantity(&w, low, unit: unit, ucum: ucum) }
            }
            if let high = definition.high {
              w.object("high") { w in FHIRExport.quantity(&w, high, unit: unit, ucum: ucum) }
            }
            w.string("text", "The protocol's reference range (\(input.care.id))")
          }
        }
      })
  }

  /// An Observation of one line (`part` names it among several of the same line), its elements
  /// in the order of the R4 definition: `value` writes the value, its absence reason and its
  /// interpretation; `after` the reference range and the components.
  func observation(
    _ line: Line, part: String?, category: Category, codings: [Coding], text: String,
    into w: inout JSONWriter, value: (inout JSONWriter) -> Void,
    after: (inout JSONWriter) -> Void = { _ in }
  ) -> String {
    observation(
      line, part: part, category: category, code: Fragments.concept(codings, text: text),
      into: &w, value: value, after: after)
  }

  /// The same with its `code` written already; `moreNotes` after the line's notes.
  func observation(
    _ line: Line, part: String?, category: Category, code: JSONWriter.Fragment,
    moreNotes: [String] = [], into w: inout JSONWriter, value: (inout JSONWriter) -> Void,
    after: (inout JSONWriter) -> Void = { _ in }
  ) -> String {
    let name = part.map { "\(line.id)/\($0)" } ?? line.id
    return resource(&w, "Observation", name) { w in
      FHIRExport.identifier(&w, name)
      w.string("status", line.status.observation)
      w.fragment("category", Fragments.category(category))
      w.fragment("code", code)
      subject(&w)
      w.timestamp("effectiveDateTime", line.entry.observedAt)
      w.array("performer") { w in w.fragment(authorReference(line.entry.author)) }
      value(&w)
      FHIRExport.notes(&w, moreNotes.isEmpty ? line.notes : line.notes + moreNotes)
      after(&w)
      FHIRExport.references(&w, "derivedFrom", line.derivedFrom)
    }
  }

  /// `Typed as 100.8F` when the reading was typed otherwise than the value exported (another
  /// unit), so the converted value can be traced to what the patient wrote.
  static func typedNote(_ typed: String, value: Double) -> [String] {
    // Most readings were typed as the number they are stored as.
    if let number = Double(typed), abs(number - value) < 0.000_001 { return [] }
    let plain = String(typed.filter { !$0.isWhitespace }.map { $0 == "," ? "." : $0 })
    if let number = Double(plain), abs(number - value) < 0.000_001 { return [] }
    return ["Typed as \(typed)"]
  }
}
