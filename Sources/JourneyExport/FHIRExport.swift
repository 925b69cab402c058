import JourneyCore

/// The journey as an HL7 FHIR R4 (4.0.1) `Bundle` of type `collection`, for another clinic's
/// system.
///
/// What it holds, in this order:
/// - one `Patient`;
/// - an `Encounter` (class `IMP`, inpatient) for each hospital stay, readmissions included;
/// - a `Procedure` for each leukapheresis, lymphodepletion and infusion;
/// - an `Observation` for each vital sign (LOINC, UCUM; category `vital-signs`), each visit lab
///   value (category `laboratory`) and each symptom (category `survey`).
///
/// Choices:
/// - **Symptoms are Observations, not a `QuestionnaireResponse` per day.** A symptom is logged
///   on its own, at any time of day, one severity 0–4 (none … very severe); it is not a filled-in
///   questionnaire, and several of the protocol's symptoms are not PRO-CTCAE items at all (lupus
///   and neurological signs). As Observations each one keeps its own time, author, stable id and
///   status, so a struck-out symptom is marked on its own instead of changing a day's form, and a
///   receiving system can chart one symptom over time. The value is a coding of the severity
///   (code `0`–`4`, display `none` … `very severe`) in a local code system.
/// - **Struck-out and replaced entries are kept, with status `entered-in-error`.** The data files
///   keep every line and CareJourney promises the old value stays visible, struck through, in
///   exports as on a paper chart. FHIR's `entered-in-error` says exactly that: keep it for the
///   record, base nothing on it. Its note says who struck it out and why. A replacement value is
///   its own Observation (the correcting line's id) with status `corrected` and a note naming
///   the line it corrects. Phase events struck out give an `entered-in-error` Encounter or
///   Procedure the same way.
/// - **Stable ids.** Every resource id is a name-based UUID (RFC 9562 version 8, from SHA-256)
///   of the journey, the resource type and the stored line id, and its `fullUrl` is that UUID as
///   `urn:uuid:`; the line id itself is the resource's `identifier`. The bundle has no
///   `timestamp` (optional for a collection): the same data and date range always give the same
///   bytes, whenever the export is made.
/// - **Codes.** LOINC for the vital signs, and for a lab the `loinc` the protocol gives it (the
///   default protocol's codes carry their evidence tag there: creatinine [V], the others [S]),
///   beside a coding of the protocol's lab id. Anything else has `code.text` and a coding in a
///   local code system under `urn:carejourney:` (see ``FHIRExport/System``).
///   Units are UCUM where the unit is known (``FHIRExport/ucum(_:)``); otherwise the quantity
///   carries the unit as written and no code.
/// - `from`/`to` keep the Observations of those dates and the stays and procedures that overlap
///   them; the Patient is always there.
///
/// Not exported here: notes, medicines, ICE scores, CRS/ICANS gradings and SLEDAI-2K
/// assessments (the JSON export carries everything).
struct FHIRExport {
  static func render(_ input: ExportInput) throws -> String {
    SafeText.jsonEscaped(FHIRExport(input).bundle().text) + "\n"
  }

  let input: ExportInput
  /// The id of the journey's `created` line: what makes ids differ between journeys.
  let journeyID: String

  init(_ input: ExportInput) {
    self.input = input
    journeyID = input.journey.exportID
  }

  func bundle() -> FHIRJSON {
    let range = [input.from.map { "from \($0)" }, input.to.map { "to \($0)" }]
    let entries = [patient()] + stayResources() + observations()
    return .members([
      ("resourceType", .string("Bundle")),
      ("id", .string(uuid("Bundle", range.compactMap { $0 }.joined(separator: " ")))),
      ("type", .string("collection")),
      ("entry", entries.isEmpty ? nil : .array(entries)),
    ])
  }

  // MARK: - Ids and common pieces

  /// The local code systems: codes that have no verified standard code, named by CareJourney.
  enum System {
    static let loinc = "http://loinc.org"
    static let ucum = "http://unitsofmeasure.org"
    static let observationCategory =
      "http://terminology.hl7.org/CodeSystem/observation-category"
    static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    /// The stored line id (`identifier.system`).
    static let line = "urn:carejourney:line"
    /// The journey (the `created` line's id), for the Patient's identifier.
    static let journey = "urn:carejourney:journey"
    /// The protocol's lab ids (`c3`, `igg`), beside the LOINC code where the protocol gives one.
    static let lab = "urn:carejourney:lab"
    /// The protocol's symptom ids (`chills`).
    static let symptom = "urn:carejourney:symptom"
    /// Symptom severity 0–4 (PRO-CTCAE wording: none, mild, moderate, severe, very severe).
    static let severity = "urn:carejourney:symptom-severity"
    /// The journey's phases (`leukapheresis`): no verified SNOMED CT code is at hand.
    static let phase = "urn:carejourney:phase"
  }

  /// A name-based UUID (RFC 9562 §5.8 version 8, the SHA-256 construction of its appendix B.2)
  /// of the journey, the resource type and `name` (a line id, with a part for lines that give
  /// several resources).
  func uuid(_ type: String, _ name: String) -> String {
    let words = SHA256.digest(Array("carejourney:\(journeyID):\(type):\(name)".utf8))
    var bytes = words.prefix(4).flatMap { word in
      [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) }
    }
    bytes[6] = bytes[6] & 0x0F | 0x80
    bytes[8] = bytes[8] & 0x3F | 0x80
    let hex = bytes.map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
    let cuts = [8, 12, 16, 20]
    var text = ""
    for (i, character) in hex.enumerated() {
      if cuts.contains(i) { text += "-" }
      text.append(character)
    }
    return text
  }

  /// A bundle entry: `fullUrl` and the resource, its type and id first.
  func entry(_ type: String, _ name: String, _ members: [(String, FHIRJSON?)]) -> FHIRJSON {
    let id = uuid(type, name)
    return .members([
      ("fullUrl", .string("urn:uuid:\(id)")),
      ("resource", .members([("resourceType", .string(type)), ("id", .string(id))] + members)),
    ])
  }

  var patientReference: FHIRJSON {
    .members([("reference", .string("urn:uuid:\(uuid("Patient", journeyID))"))])
  }

  /// The stored line id (or another id of `system`) as the resource's business identifier.
  static func identifier(_ value: String, system: String = System.line) -> FHIRJSON {
    .array([.members([("system", .string(system)), ("value", .string(value))])])
  }

  static func coding(_ system: String, _ code: String, _ display: String?) -> FHIRJSON {
    .members([
      ("system", .string(system)), ("code", .string(code)),
      ("display", display.map(FHIRJSON.string)),
    ])
  }

  static func concept(_ codings: [FHIRJSON], text: String) -> FHIRJSON {
    .members([("coding", .array(codings)), ("text", .string(text))])
  }

  /// `Struck out by Ana Weber (nurse) on 2026-07-03: wrong patient`.
  static func correctionNote(
    _ what: String, by author: Author, on date: LocalDate, _ reason: String
  ) -> String {
    "\(what) by \(author) on \(date): \(reason)"
  }

  static func notes(_ texts: [String]) -> FHIRJSON? {
    texts.isEmpty ? nil : .array(texts.map { .members([("text", .string($0))]) })
  }

  func patient() -> FHIRJSON {
    entry(
      "Patient", journeyID,
      [
        ("identifier", FHIRExport.identifier(journeyID, system: System.journey)),
        ("name", input.journey.patient.map { .array([.members([("text", .string($0))])]) }),
      ])
  }
}
