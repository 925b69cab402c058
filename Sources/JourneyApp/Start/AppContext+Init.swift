import Foundation
import JourneyCore

extension AppContext {
  /// `carejourney init`: a new journey for `patient` from what was typed (the protocol's name
  /// or file, the day screening began, the team's number, `C` or `F`), every part checked
  /// before anything is written; returns what to tell the person who started it.
  public func initJourney(
    patient: String, protocolName: String, on: String?, teamPhone: String?, unit: String,
    details: PatientDetails
  ) throws -> [String] {
    try TextLimits.check(names: ["--patient": patient, "--team-phone": teamPhone])
    let name = patient.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw AppError(tr("--patient is empty: give the patient's name"))
    }
    guard let temperatureUnit = TemperatureUnit(rawValue: unit.uppercased()) else {
      throw AppError(tr("--unit %s is not a unit: use C or F", unit))
    }
    let began = try on.map { try date($0, option: "--on") }
    if let began { try Journey.startWindow(today: today).check(began, "--on \(began)") }
    let care = try startJourney(
      patient: name, protocolName: protocolName, author: author(startingFor: name)
    ) { care in
      [
        .created(
          patient: name, protocolID: care.id, teamPhone: teamPhone,
          temperatureUnit: temperatureUnit, began: began.map { .on($0) } ?? .dayRecorded,
          details: details)
      ]
    }
    let root = store.directory.root
    var lines: [String]
    if let began {
      lines = [
        tr(
          "Started the journey for %1$s in %2$s (%3$s), in screening since %4$s.", name, root,
          care.name(in: .current), began.shown),
        tr(
          "Next: record what happened since, in any order: `carejourney advance PHASE --on DATE`, "
            + "`sign MILESTONE --on DATE`, `log --at DATETIME`."),
      ]
    } else {
      lines = [
        tr("Started the journey for %1$s in %2$s (%3$s).", name, root, care.name(in: .current)),
        tr("Next: plan the infusion with `carejourney plan infusion YYYY-MM-DD`."),
      ]
    }
    if teamPhone == nil { lines.append(tr("Warning: %s", CareContact.noTeamPhoneWarning)) }
    return lines
  }
}
