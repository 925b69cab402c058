import JourneyCore
import JourneyExport

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
      return [
        tr(
          "On %1$s (%2$s) no medicines were being taken (none started with `med start`)",
          date.shown, label)
      ]
    }
    return [tr("On %1$s (%2$s):", date.shown, label)]
      + taking.map { medicine in
        var line = "  \(medicine.name)"
        if let dose = medicine.dose { line += " \(dose)" }
        line += " — " + tr("since %s", medicine.since.shown)
        if medicine.doseSince != medicine.since, medicine.dose != nil {
          line += ", " + tr("this dose since %s", medicine.doseSince.shown)
        }
        return line
      }
  }
}
