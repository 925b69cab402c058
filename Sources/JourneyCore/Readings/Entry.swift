/// One line of a day file: something logged on a day (a reading, a symptom, a note).
public struct Entry: Equatable, Sendable {
  /// What was logged.
  public indirect enum Body: Equatable, Sendable {
    /// Body temperature, stored in °C, with the reading as it was typed (`100.8F`).
    case temperature(celsius: Double, asTyped: String)
    /// Heart rate, beats per minute.
    case heartRate(bpm: Int)
    /// Blood pressure, mmHg.
    case bloodPressure(systolic: Int, diastolic: Int)
    /// Oxygen saturation, %.
    case oxygenSaturation(percent: Int)
    /// Body weight, stored in kg, with the reading as typed (`135lb`).
    case weight(kilograms: Double, asTyped: String)
    /// A symptom by its protocol id, severity 0–4 (PRO-CTCAE: none … very severe).
    case symptom(name: String, severity: Int)
    /// A medicine taken, as written (`prednisone 5 mg`).
    case medication(text: String)
    /// A change to the medication plan: a medicine started, its dose changed, or stopped, with
    /// the dose as written (`10 mg/day`) and why (`washout before leukapheresis`).
    /// ``MedicationList`` folds these into what was being taken on a day.
    case medicationChange(name: String, dose: String?, change: MedicationChange, reason: String?)
    /// Free text.
    case note(text: String)
    /// An ICE assessment by the nurse.
    case ice(ICEScore)
    /// A CRS/ICANS grading by the nurse: what was found, and the grades it gives.
    case grading(GradingInput, GradingResult)
    /// Laboratory values from a visit, each in the protocol's unit and as typed.
    case labs([LabResult])
    /// A visit's disease-activity assessment: the SLEDAI-2K descriptors present (ids), the
    /// physician global assessment (0–3), the prednisolone dose (mg/day) and the
    /// immunosuppressants taken, as needed for DORIS and drug-free remission.
    case assessment(
      sledai: [String], physicianGlobal: Double?, prednisoloneMg: Double?,
      immunosuppressants: [String])
    /// A correction of an earlier entry: struck out, or replaced by new values.
    case correction(target: String, reason: String, replacement: Body?)
    /// What was done about an alert (its ``Alert/id``), in the words of whoever did it:
    /// `called the team at 14:32, told to come in`. An urgent alert stays at the top of Today
    /// until one is written.
    case acknowledgement(alert: String, note: String)
    /// The caregiver's daily check at home in the acute weeks (a sentence, three objects, the
    /// date, counting back): never an ICE score.
    case homeNeuroCheck(HomeNeuroCheck)
  }

  /// What a `medicationChange` does to the medicine.
  public enum MedicationChange: String, Codable, Sendable, CaseIterable {
    case start
    case dose
    case stop
  }

  public var id: String
  /// When it was written.
  public var recordedAt: Timestamp
  /// When it was observed (`log --at`); decides the day file and the day label.
  public var observedAt: Timestamp
  public var author: Author
  public var body: Body
  /// The name of the device whose folder the line was read from ("Maria's laptop"), set by the
  /// reader once two devices have written; never stored in the line.
  public var device: String?

  public init(
    id: String, recordedAt: Timestamp, observedAt: Timestamp, author: Author, body: Body
  ) {
    self.id = id
    self.recordedAt = recordedAt
    self.observedAt = observedAt
    self.author = author
    self.body = body
  }

  /// The word stored in the line's `type` field.
  public var type: String {
    body.type
  }
}

extension Entry.Body {
  /// The word stored in the line's `type` field.
  public var type: String {
    switch self {
    case .temperature: "temperature"
    case .heartRate: "heart-rate"
    case .bloodPressure: "blood-pressure"
    case .oxygenSaturation: "spo2"
    case .weight: "weight"
    case .symptom: "symptom"
    case .medication: "medication"
    case .medicationChange: "medication-change"
    case .note: "note"
    case .ice: "ice"
    case .grading: "grading"
    case .labs: "labs"
    case .assessment: "assessment"
    case .correction: "correction"
    case .acknowledgement: "acknowledgement"
    case .homeNeuroCheck: "home-neuro-check"
    }
  }
}
