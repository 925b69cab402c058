import Foundation
import JourneyCore
import JourneyExport

extension AppContext {
  /// What was being taken on `date` (default: today), having reported what could not be read.
  public func medicationDay(on date: LocalDate?) throws -> MedicationDay {
    let date = date ?? today
    let (snapshot, care) = try loadReadable()
    let taking = MedicationList.taking(on: date, entries: snapshot.entries)
    reportProblems(snapshot.problems)
    let day = StudyDay(date: date, journey: snapshot.journey, protocol: care)
    return MedicationDay(date: date, label: day.label, taking: taking)
  }

  /// Checks and saves one change of the medication plan on `on` (default: today), refusing it
  /// whole with one line when it does not fit the plan; returns the saved lines to print.
  public func recordMedicationChange(
    _ change: Entry.MedicationChange, medicine: String, dose: String?, on: String?,
    reason: String?
  ) throws -> [String] {
    let name = medicine.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw AppError(
        tr(
          "the medicine's name is empty: name it, e.g. `carejourney med %s prednisone`",
          change.rawValue))
    }
    try TextLimits.check(
      freeText: ["--reason": reason], names: [tr("the medicine's name"): name, "--dose": dose])
    let dose = dose?.trimmingCharacters(in: .whitespaces)
    if let dose, dose.isEmpty {
      throw AppError(
        tr("--dose is empty: write the dose, e.g. \"5 mg/day\", or leave --dose out"))
    }
    let reason = reason?.trimmingCharacters(in: .whitespaces)
    if let reason, reason.isEmpty {
      throw AppError(tr("--reason is empty: say why, or leave --reason out"))
    }
    let (snapshot, care) = try loadStarted()
    let observed = try observedMoment(on: on, journey: snapshot.journey)
    let date = observed.date
    let current = MedicationList.medicine(named: name, on: date, entries: snapshot.entries)
    switch (change, current) {
    case (.start, let taken?):
      throw AppError(
        tr(
          "%1$s is already being taken on %2$s (since %3$s): "
            + "record a new dose with `carejourney med dose %1$s --dose TEXT`", taken.name,
          date.shown, taken.since.shown))
    case (.dose, nil), (.stop, nil):
      throw AppError(
        tr(
          "%1$s is not being taken on %2$s: start it with `carejourney med start %1$s`, "
            + "or see `carejourney med list --on %3$s`", name, date.shown, "\(date)"))
    default: break
    }
    if change == .dose, let taken = current, taken.dose == dose {
      throw AppError(
        tr("%1$s is already at %2$s on %3$s: nothing changes", taken.name, dose ?? "", date.shown))
    }
    // Keep the name as it was first written, so the timeline reads the same all along.
    let saved = try journal.save(
      [.medicationChange(name: current?.name ?? name, dose: dose, change: change, reason: reason)],
      observedAt: observed, basis: SaveBasis(snapshot, care: care))
    reportProblems(snapshot.problems)
    return saved.lines(withTime: false)
  }
}
