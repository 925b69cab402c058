import JourneyCore

/// The journey as an HL7 FHIR R4 (4.0.1) `Bundle` of type `collection`, for another clinic's
/// system, written resource by resource.
///
/// What it holds, in this order:
/// - the `Patient` (name, structured where the name is written `Family, Given`; date of birth,
///   sex and identifiers as given) and a `Condition` for the disease the protocol treats
///   (SNOMED CT, from the protocol);
/// - every author: the nurse as a `Practitioner`, a caregiver as a `RelatedPerson`, the patient
///   as the `Patient`; every resource names its author in `performer`, `recorder`, `sender` or
///   `informationSource`;
/// - an `Encounter` (class `IMP`, inpatient) for each hospital stay, readmissions included, and a
///   `Procedure` for each leukapheresis, lymphodepletion and infusion;
/// - a `MedicationStatement` for each medicine of the plan from its start to its stop, one
///   dosage for each dose in force, and one for each medicine logged as taken;
/// - day by day: an `Observation` for each vital sign (LOINC, UCUM; category `vital-signs`),
///   each visit lab value (category `laboratory`, with the protocol's reference range and H/L),
///   each symptom, ICE score, CRS and ICANS grade (with the findings) and SLEDAI-2K (with DORIS
///   and drug-free remission), and a `Communication` for each note;
/// - a `Provenance` for each stored line that gave a resource: its targets, when the line was
///   written and by whom, and the line itself (its id, and the SHA-256 the hash chain records
///   for it when read from the files). A correction's Provenance links what it corrects (`entity` role
///   `revision`; activity `UPDATE`, or `NULLIFY` for a strike-out).
///
/// Choices:
/// - **Streamed.** The day files are read twice, a day at a time (``ExportInput/days``): first
///   for what spans days (corrections, the medication plan, the authors), then to write each
///   day's resources; ten years are never held whole.
/// - **Symptoms are Observations, not a `QuestionnaireResponse` per day.** A symptom is logged
///   on its own, at any time of day, one severity 0–4 (none … very severe); several of the
///   protocol's symptoms are not PRO-CTCAE items. As Observations each keeps its own time,
///   author, stable id and status, and a receiving system can chart one symptom over time.
/// - **Struck-out and replaced entries are kept, with status `entered-in-error`**, as on a paper
///   chart; the note says who struck them out and why. A replacement value is its own resource
///   (the correcting line's id) with status `corrected`.
/// - **Stable ids.** Every resource id is a name-based UUID (RFC 9562 version 8, from SHA-256)
///   of the journey, the resource type and the stored line id; `fullUrl` is that UUID as
///   `urn:uuid:`, and the line id is the resource's `identifier`. The bundle has no `timestamp`:
///   the same data and date range always give the same bytes.
/// - **Codes.** LOINC for the vital signs and for a lab the protocol gives a code (checked for
///   its check digit when the protocol is read); SNOMED CT for the condition. CRS, ICANS, ICE,
///   SLEDAI-2K and DORIS have no verified LOINC or SNOMED CT code (clinical.md §7): they, the
///   symptoms and the phases are coded in local code systems under `urn:carejourney:`
///   (``System``), with text. Medicines are text as written: no verified code list is at hand.
/// - One entry per line: compact JSON a person can still read with `jq`, and a tenth of the
///   indented size.
/// - `from`/`to` keep what happened on those dates, the stays, procedures and medicines that
///   overlap them; the Patient, the Condition and the authors are always there.
struct FHIRExport {
  /// The bundle as one text (tests, the screens' export key).
  static func render(_ input: ExportInput) throws -> String {
    var text = ""
    try stream(input) { text += $0 }
    return text
  }

  /// The bundle handed to `emit` in pieces.
  static func stream(_ input: ExportInput, _ emit: @escaping (String) throws -> Void) throws {
    try stream(input, bytes: { try emit(JSONWriter.text($0)) })
  }

  /// The bundle handed to `emit` in pieces, as their UTF-8 bytes.
  static func stream(
    _ input: ExportInput, bytes emit: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    let export = try FHIRExport(input)
    var w = JSONWriter(bytes: emit)
    try export.write(into: &w)
  }

  let input: ExportInput
  /// The id of the journey's `created` line: what makes ids differ between journeys.
  let journeyID: String
  /// What the first reading of the days found.
  let survey: Survey
  /// `urn:uuid:` of the Patient.
  let patientURL: String
  /// `urn:uuid:` of each author's resource.
  let authorURLs: [Author: String]
  /// The medication plan's statements, from the survey's medication changes.
  let plan: [MedicationCourse]
  /// What every resource of a kind repeats, written once (see ``Fragments``).
  let fragments: Fragments

  init(_ input: ExportInput) throws {
    self.input = input
    journeyID = input.journey.exportID
    survey = try Survey(input)
    let patientURL = FHIRExport.url(journeyID, "Patient", journeyID)
    self.patientURL = patientURL
    var urls: [Author: String] = [:]
    for author in survey.authors {
      urls[author] =
        author.role == .patient
        ? patientURL
        : FHIRExport.url(journeyID, FHIRExport.authorType(author), author.name)
    }
    authorURLs = urls
    plan = MedicationCourse.courses(survey.medicationChanges)
    fragments = Fragments(patientURL: patientURL, authorURLs: urls, care: input.care)
  }

  /// The whole bundle, then a line break, every piece handed on.
  func write(into w: inout JSONWriter) throws {
    let range = [input.from.map { "from \($0)" }, input.to.map { "to \($0)" }]
    try w.object { w in
      w.string("resourceType", "Bundle")
      w.string("id", uuid("Bundle", range.compactMap { $0 }.joined(separator: " ")))
      w.string("type", "collection")
      try w.array("entry") { w in
        writePatient(&w)
        writeAuthors(&w)
        writeStays(&w)
        var emitted = Emitted(planURLs: writeMedicationPlan(&w))
        try w.flushIfFull()
        let (export, planURLs) = (self, emitted.planURLs)
        try input.forEachDay(
          from: input.from, to: input.to, making: { export.day($1, planURLs: planURLs) }
        ) { _, day in
          put(day, emitted: &emitted, into: &w)
          try w.flushIfFull()
        }
        w.raw("\n")
      }
    }
    w.raw("\n")
    try w.flush()
  }

  /// The places of a day's entries in the order they were observed, ties in the order given
  /// (the entries themselves are big: they are not copied to be sorted).
  static func order(_ day: [(entry: Entry, hash: String)]) -> [Int] {
    let moments = day.map(\.entry.observedAt.unixSeconds)
    guard zip(moments, moments.dropFirst()).contains(where: { $0 > $1 }) else {
      return Array(day.indices)
    }
    return moments.indices.sorted { a, b in
      moments[a] != moments[b] ? moments[a] < moments[b] : a < b
    }
  }

  // MARK: - Ids and common pieces

  /// The code systems used.
  enum System {
    static let loinc = "http://loinc.org"
    static let snomed = "http://snomed.info/sct"
    static let ucum = "http://unitsofmeasure.org"
    static let observationCategory =
      "http://terminology.hl7.org/CodeSystem/observation-category"
    static let interpretation =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
    static let dataAbsentReason = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
    static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    static let dataOperation = "http://terminology.hl7.org/CodeSystem/v3-DataOperation"
    static let participantType =
      "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
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
    /// CRS and ICANS grades, the ICE score and its items, and what the grading found (ASTCT
    /// 2019): no verified LOINC or SNOMED CT code exists (clinical.md §7).
    static let astct = "urn:carejourney:astct"
    /// SLEDAI-2K, its descriptors, DORIS 2021 and drug-free remission.
    static let lupus = "urn:carejourney:lupus"
    /// What a note is (a diary note of the journey).
    static let note = "urn:carejourney:note"
    /// The SHA-256 of a stored line (extension on a Provenance's source entity).
    static let lineHash = "urn:carejourney:line-sha256"
  }

  /// A coding: system, code, display.
  struct Coding {
    var system: String
    var code: String
    var display: String?

    init(_ system: String, _ code: String, _ display: String?) {
      self.system = system
      self.code = code
      self.display = display
    }
  }

  /// A name-based UUID (RFC 9562 §5.8 version 8, the SHA-256 construction of its appendix B.2)
  /// of the journey, the resource type and `name` (a line id, with a part for lines that give
  /// several resources).
  static func uuid(_ journeyID: String, _ type: String, _ name: String) -> String {
    String(url(journeyID, type, name).dropFirst(urnPrefix.count))
  }

  /// `urn:uuid:` and ``uuid(_:_:_:)``: what references name. Hashed from a buffer on the
  /// stack and written in place, as ten years make 80,000 of them.
  static func url(_ journeyID: String, _ type: String, _ name: String) -> String {
    let length = 14 + journeyID.utf8.count + type.utf8.count + name.utf8.count
    let (high, low) = withUnsafeTemporaryAllocation(byteCount: length, alignment: 1) { buffer in
      if var at = buffer.baseAddress {
        at = copy("carejourney:", to: at)
        at = copy(journeyID, to: at)
        at = copy(":", to: at)
        at = copy(type, to: at)
        at = copy(":", to: at)
        _ = copy(name, to: at)
      }
      return SHA256.head(UnsafeRawBufferPointer(buffer))
    }
    // Version 8 and the RFC 9562 variant: bytes 6 and 8 of the UUID.
    let bytes = (high & ~0xF000 | 0x8000, low & ~(0x3 << 62) | 0x2 << 62)
    return String(unsafeUninitializedCapacity: urnPrefix.count + 36) { text in
      var at = 0
      for byte in urnPrefix.utf8 {
        text[at] = byte
        at += 1
      }
      let digits: StaticString = "0123456789abcdef"
      for index in 0..<16 {
        if index == 4 || index == 6 || index == 8 || index == 10 {
          text[at] = UInt8(ascii: "-")
          at += 1
        }
        let word = index < 8 ? bytes.0 : bytes.1
        let byte = Int(truncatingIfNeeded: word >> UInt64(56 - 8 * (index % 8)) & 0xFF)
        text[at] = digits.utf8Start[byte >> 4]
        text[at + 1] = digits.utf8Start[byte & 0x0F]
        at += 2
      }
      return at
    }
  }

  static let urnPrefix = "urn:uuid:"

  /// Copies the bytes of `text` to `at`; returns where they end.
  static func copy(_ text: String, to at: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
    text.withContiguousUTF8 { bytes in
      guard let base = bytes.baseAddress else { return at }
      at.copyMemory(from: base, byteCount: bytes.count)
      return at + bytes.count
    }
  }

  func uuid(_ type: String, _ name: String) -> String {
    FHIRExport.uuid(journeyID, type, name)
  }

  /// `urn:uuid:` of the resource of `type` made from `name`.
  func url(_ type: String, _ name: String) -> String { FHIRExport.url(journeyID, type, name) }

  /// A bundle entry on a line of its own: `fullUrl` and the resource, its type and id first.
  /// Returns the `fullUrl`, for references to it.
  @discardableResult
  func resource(
    _ w: inout JSONWriter, _ type: String, _ name: String, _ body: (inout JSONWriter) -> Void
  ) -> String {
    let url = self.url(type, name)
    w.object(onNewLine: true) { w in
      w.string("fullUrl", url)
      w.object("resource") { w in
        w.string("resourceType", type)
        w.string("id", part: url.utf8.dropFirst(FHIRExport.urnPrefix.utf8.count))
        body(&w)
      }
    }
    return url
  }

  /// `"identifier": [{"system": …, "value": …}]`: the stored line id, or another id of `system`.
  static func identifier(_ w: inout JSONWriter, _ value: String, system: String = System.line) {
    w.array("identifier") { w in
      w.object { w in
        w.string("system", system)
        w.string("value", value)
      }
    }
  }

  static func coding(_ w: inout JSONWriter, _ coding: Coding) {
    w.object { w in
      w.string("system", coding.system)
      w.string("code", coding.code)
      w.string("display", coding.display)
    }
  }

  /// A CodeableConcept's members: its codings and its text.
  static func concept(_ w: inout JSONWriter, _ codings: [Coding], text: String?) {
    w.array("coding", codings) { w, coding in FHIRExport.coding(&w, coding) }
    w.string("text", text)
  }

  /// `"key": {"coding": […], "text": …}`.
  static func concept(
    _ w: inout JSONWriter, _ key: StaticString, _ codings: [Coding], text: String?
  ) {
    w.object(key) { w in concept(&w, codings, text: text) }
  }

  /// `"key": [{"text": …}]`, a list of one CodeableConcept holding only text.
  static func textConcepts(_ w: inout JSONWriter, _ key: StaticString, _ text: String?) {
    guard let text else { return }
    w.array(key) { w in w.object { w in w.string("text", text) } }
  }

  /// `"key": {"reference": …, "display": …}`.
  static func reference(
    _ w: inout JSONWriter, _ key: StaticString, _ url: String, display: String? = nil
  ) {
    w.object(key) { w in
      w.string("reference", url)
      w.string("display", display)
    }
  }

  /// A Reference as a value in an array.
  static func reference(_ w: inout JSONWriter, _ url: String, display: String? = nil) {
    w.object { w in
      w.string("reference", url)
      w.string("display", display)
    }
  }

  func subject(_ w: inout JSONWriter) {
    w.fragment("subject", fragments.subject)
  }

  /// `"key": {"reference": …, "display": "Ana Weber (nurse)"}`: who wrote a line.
  func author(_ w: inout JSONWriter, _ key: StaticString, _ author: Author) {
    w.fragment(key, authorReference(author))
  }

  /// `{"reference": …, "display": "Ana Weber (nurse)"}`: who wrote a line.
  func authorReference(_ author: Author) -> JSONWriter.Fragment {
    fragments.authors[author]
      ?? JSONWriter.Fragment { w in
        FHIRExport.reference(&w, authorURL(author), display: author.description)
      }
  }

  func authorURL(_ author: Author) -> String { authorURLs[author] ?? patientURL }

  /// `Struck out by Ana Weber (nurse) on 2026-07-03: wrong patient`.
  static func correctionNote(
    _ what: String, by author: Author, on date: LocalDate, _ reason: String
  ) -> String {
    "\(what) by \(author) on \(date): \(reason)"
  }

  /// `"key": [{"reference": …}, …]` when there are any.
  static func references(_ w: inout JSONWriter, _ key: StaticString, _ urls: [String]) {
    w.array(key, urls) { w, url in FHIRExport.reference(&w, url) }
  }

  /// `"note": [{"text": …}, …]` when there are notes.
  static func notes(_ w: inout JSONWriter, _ texts: [String]) {
    w.array("note", texts) { w, text in w.object { w in w.string("text", text) } }
  }

  /// A Quantity's members; `system` and `code` only for a known UCUM unit.
  static func quantity(_ w: inout JSONWriter, _ value: Double, unit: String, ucum: String?) {
    w.decimal("value", value)
    w.string("unit", unit)
    if let ucum {
      w.string("system", System.ucum)
      w.string("code", ucum)
    }
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
