import JourneyCore

extension FHIRExport {
  /// A LOINC code with the display the FHIR R4 vital signs value set gives it.
  struct LOINC {
    var code: String
    var display: String

    var coding: FHIRJSON { FHIRExport.coding(System.loinc, code, display) }
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

    var display: String {
      switch self {
      case .vitalSigns: "Vital Signs"
      case .laboratory: "Laboratory"
      case .survey: "Survey"
      }
    }
  }

  /// One Observation per reading, lab value and symptom of the entries in the date range, in
  /// the order they were observed.
  func observations() -> [FHIRJSON] {
    var fixes: [String: Entry] = [:]
    for entry in input.entries {
      if case .correction(let target, _, _) = entry.body { fixes[target] = entry }
    }
    let ordered = input.entries.enumerated()
      .filter { input.includes($0.element.observedAt.date) }
      .sorted { a, b in
        a.element.observedAt != b.element.observedAt
          ? a.element.observedAt < b.element.observedAt : a.offset < b.offset
      }
      .map(\.element)
    var result: [FHIRJSON] = []
    for entry in ordered {
      var body = entry.body
      var status = "final"
      var notes: [String] = []
      if case .correction(let target, let reason, let replacement) = entry.body {
        // A strike-out shows on the entry it strikes; a replacement is a value of its own.
        guard let replacement else { continue }
        body = replacement
        status = "corrected"
        notes.append(
          FHIRExport.correctionNote(
            "Correction of line \(target)", by: entry.author, on: entry.recordedAt.date, reason))
      }
      if let fix = fixes[entry.id], case .correction(_, let reason, let replacement) = fix.body {
        status = "entered-in-error"
        let what = replacement == nil ? "Struck out" : "Replaced (line \(fix.id))"
        notes.append(
          FHIRExport.correctionNote(what, by: fix.author, on: fix.recordedAt.date, reason))
      }
      result += observations(of: body, line: entry, status: status, notes: notes)
    }
    return result
  }

  /// The Observations one entry's values give; none for what is not exported (notes,
  /// medicines, ICE, gradings, assessments).
  func observations(of body: Entry.Body, line: Entry, status: String, notes: [String])
    -> [FHIRJSON]
  {
    let vital = { (code: FHIRJSON, value: FHIRJSON?, extra: [String], components: FHIRJSON?) in
      self.observation(
        line, part: nil, status: status, category: .vitalSigns, code: code,
        value: value.map { ("valueQuantity", $0) }, notes: notes + extra, components: components)
    }
    switch body {
    case .temperature(let celsius, let typed):
      return [
        vital(
          FHIRExport.concept([Vital.bodyTemperature.coding], text: "Body temperature"),
          FHIRExport.quantity(celsius, unit: "°C", ucum: "Cel"),
          FHIRExport.typedNote(typed, value: celsius), nil)
      ]
    case .heartRate(let bpm):
      return [
        vital(
          FHIRExport.concept([Vital.heartRate.coding], text: "Heart rate"),
          FHIRExport.quantity(Double(bpm), unit: "beats/minute", ucum: "/min"), [], nil)
      ]
    case .bloodPressure(let systolic, let diastolic):
      let components: [FHIRJSON] = [(Vital.systolic, systolic), (Vital.diastolic, diastolic)].map {
        loinc, value in
        .members([
          ("code", FHIRExport.concept([loinc.coding], text: loinc.display)),
          ("valueQuantity", FHIRExport.quantity(Double(value), unit: "mmHg", ucum: "mm[Hg]")),
        ])
      }
      return [
        vital(
          FHIRExport.concept([Vital.bloodPressure.coding], text: "Blood pressure"), nil, [],
          .array(components))
      ]
    case .oxygenSaturation(let percent):
      return [
        vital(
          FHIRExport.concept(
            [Vital.oxygenSaturation.coding, Vital.pulseOximetry.coding], text: "Oxygen saturation"),
          FHIRExport.quantity(Double(percent), unit: "%", ucum: "%"), [], nil)
      ]
    case .weight(let kilograms, let typed):
      return [
        vital(
          FHIRExport.concept([Vital.bodyWeight.coding], text: "Body weight"),
          FHIRExport.quantity(kilograms, unit: "kg", ucum: "kg"),
          FHIRExport.typedNote(typed, value: kilograms), nil)
      ]
    case .symptom(let name, let severity):
      return [symptom(name, severity: severity, line: line, status: status, notes: notes)]
    case .labs(let results):
      return results.map { lab($0, line: line, status: status, notes: notes) }
    case .medication, .medicationChange, .note, .ice, .grading, .assessment, .correction,
      .acknowledgement:
      return []
    }
  }

  /// A symptom: its protocol id in a local code system, the severity as a coding 0–4.
  func symptom(_ name: String, severity: Int, line: Entry, status: String, notes: [String])
    -> FHIRJSON
  {
    let label = input.care.symptom(named: name)?.label ?? name
    let id = input.care.symptom(named: name)?.id ?? name
    let words =
      Timeline.severityLabels.indices.contains(severity)
      ? Timeline.severityLabels[severity] : String(severity)
    let value = FHIRExport.concept(
      [FHIRExport.coding(System.severity, String(severity), words)], text: words)
    return observation(
      line, part: nil, status: status, category: .survey,
      code: FHIRExport.concept([FHIRExport.coding(System.symptom, id, label)], text: label),
      value: ("valueCodeableConcept", value), notes: notes, components: nil)
  }

  /// A visit lab value in the protocol's unit, coded with the LOINC code the protocol gives it
  /// (with its evidence tag there; never guessed here) and the protocol's lab id in a local code
  /// system; a lab the protocol gives no code (lymphocytes, eGFR) has the local coding alone.
  func lab(_ result: LabResult, line: Entry, status: String, notes: [String]) -> FHIRJSON {
    let definition = input.care.lab(named: result.lab)
    let label = definition?.label ?? result.lab
    var codings = [FHIRExport.coding(System.lab, result.lab, label)]
    if let loinc = definition?.loinc {
      codings.insert(FHIRExport.coding(System.loinc, loinc, nil), at: 0)
    }
    // Without the lab in the protocol, the stored value's unit is unknown: give it as typed.
    let quantity =
      definition.map {
        FHIRExport.quantity(result.value, unit: $0.unit, ucum: FHIRExport.ucum($0.unit))
      }
      ?? FHIRExport.quantity(
        result.typedValue, unit: result.typedUnit, ucum: FHIRExport.ucum(result.typedUnit))
    return observation(
      line, part: result.lab, status: status, category: .laboratory,
      code: FHIRExport.concept(codings, text: label), value: ("valueQuantity", quantity),
      notes: notes, components: nil)
  }

  /// An Observation of one line (`part` names it among several of the same line), its elements
  /// in the order of the R4 definition.
  func observation(
    _ line: Entry, part: String?, status: String, category: Category, code: FHIRJSON,
    value: (String, FHIRJSON)?, notes: [String], components: FHIRJSON?
  ) -> FHIRJSON {
    let name = part.map { "\(line.id)/\($0)" } ?? line.id
    let categoryCoding = FHIRExport.coding(
      System.observationCategory, category.rawValue, category.display)
    return entry(
      "Observation", name,
      [
        ("identifier", FHIRExport.identifier(name)),
        ("status", .string(status)),
        ("category", .array([.members([("coding", .array([categoryCoding]))])])),
        ("code", code),
        ("subject", patientReference),
        ("effectiveDateTime", .string(line.observedAt.description)),
        ("performer", .array([.members([("display", .string(line.author.description))])])),
        (value?.0 ?? "valueQuantity", value?.1),
        ("note", FHIRExport.notes(notes)),
        ("component", components),
      ])
  }

  /// A Quantity; `system` and `code` only for a known UCUM unit.
  static func quantity(_ value: Double, unit: String, ucum: String?) -> FHIRJSON {
    .members([
      ("value", FHIRJSON.decimal(value)),
      ("unit", .string(unit)),
      ("system", ucum.map { _ in .string(System.ucum) }),
      ("code", ucum.map(FHIRJSON.string)),
    ])
  }

  /// `Typed as 100.8F` when the reading was typed otherwise than the value exported (another
  /// unit), so the converted value can be traced to what the patient wrote.
  static func typedNote(_ typed: String, value: Double) -> [String] {
    let plain = String(typed.filter { !$0.isWhitespace }.map { $0 == "," ? "." : $0 })
    if let number = Double(plain), abs(number - value) < 0.000_001 { return [] }
    return ["Typed as \(typed)"]
  }

  /// The UCUM code (unitsofmeasure.org) for a unit as protocols write it, when known.
  static func ucum(_ unit: String) -> String? {
    ucumCodes[LabDefinition.unitKey(unit)]
  }

  /// Units as written (folded by `LabDefinition.unitKey`) → UCUM, by UCUM's rules: `u` for
  /// micro, `10*9` for 10⁹, `[IU]` for international units, annotations in braces.
  static let ucumCodes: [String: String] = [
    "mg/dl": "mg/dL", "g/dl": "g/dL", "g/l": "g/L", "mg/l": "mg/L", "ug/ml": "ug/mL",
    "umol/l": "umol/L", "mmol/l": "mmol/L",
    "/ul": "/uL", "cells/ul": "{cells}/uL", "/nl": "/nL", "10^9/l": "10*9/L", "x10^9/l": "10*9/L",
    "10^3/ul": "10*3/uL", "u/l": "U/L", "ng/ml": "ng/mL", "ng/l": "ng/L", "ug/l": "ug/L",
    "mg/mmol": "mg/mmol",
    "iu/ml": "[IU]/mL", "u/ml": "U/mL",
    "g/g": "g/g", "mg/g": "mg/g", "mg/mg": "mg/mg",
    "ml/min/1.73m2": "mL/min/{1.73_m2}",
    "%": "%", "kg": "kg",
  ]
}
