import JourneyCore

/// What was being taken on a day (`med list`), as text or as JSON.
public struct MedicationDay {
  public let date: LocalDate
  /// The day's study label ("Day +12").
  public let label: String
  public let taking: [MedicationList.Medicine]

  /// What `med list --json` prints.
  public var report: MedListReport { MedListReport(date: date, taking: taking) }

  /// What `med list` prints.
  public var lines: [String] {
    guard !taking.isEmpty else {
      return ["On \(date) (\(label)) no medicines were being taken (none started with `med start`)"]
    }
    return ["On \(date) (\(label)):"]
      + taking.map { medicine in
        var line = "  \(medicine.name)"
        if let dose = medicine.dose { line += " \(dose)" }
        line += " — since \(medicine.since)"
        if medicine.doseSince != medicine.since, medicine.dose != nil {
          line += ", this dose since \(medicine.doseSince)"
        }
        return line
      }
  }
}
