import JourneyCore

/// What `med list --json` prints.
public struct MedListReport: Encodable {
  struct Medicine: Encodable {
    var name: String
    @NullWhenAbsent var dose: String?
    var since: LocalDate
    var doseSince: LocalDate
  }

  var date: LocalDate
  var medicines: [Medicine]

  init(date: LocalDate, taking: [MedicationList.Medicine]) {
    self.date = date
    medicines = taking.map {
      Medicine(name: $0.name, dose: $0.dose, since: $0.since, doseSince: $0.doseSince)
    }
  }
}
