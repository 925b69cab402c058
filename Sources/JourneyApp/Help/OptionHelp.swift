import JourneyCore

/// What `--help` says of each option and argument, by command (`exportFrom`: `export --from`),
/// in ``Language/current``, built whenever ArgumentParser asks; a longer note on an option
/// is its `…Discussion`.
public enum OptionHelp {
  public static var advanceNote: String { tr("A note kept with the event.") }
  public static var advanceOn: String {
    tr("The date it was entered, YYYY-MM-DD (default: today).")
  }
  public static var advancePhase: String { tr("The phase entered.") }
  public static var advanceReason: String {
    tr("Why (needed for re-collection, readmission and withdrawal).")
  }
  public static var alertsAckId: String {
    tr("The alert's id, as `carejourney alerts` and `remind` show it.")
  }
  public static var alertsAckNote: String {
    tr("What was done, e.g. \"called the team at 14:32, told to come in\".")
  }
  public static var alertsListJson: String {
    tr("Print a JSON array: id, alert, open, acknowledgedBy, acknowledgedAt, note.")
  }
  public static var amendBp: String { tr("A corrected blood pressure.") }
  public static var amendHr: String { tr("A corrected heart rate.") }
  public static var amendId: String { tr("The id of the event or entry to correct.") }
  public static var amendMed: String { tr("A corrected medication.") }
  public static var amendNote: String { tr("A corrected note.") }
  public static var amendOn: String { tr("The correct date of a journey event, YYYY-MM-DD.") }
  public static var amendReason: String { tr("Why (always recorded).") }
  public static var amendSpo2: String { tr("A corrected SpO2.") }
  public static var amendStrike: String {
    tr("Strike it out: it no longer counts, but stays visible.")
  }
  public static var amendSymptom: String { tr("A corrected symptom, NAME=SEVERITY.") }
  public static var amendTemp: String { tr("A corrected temperature.") }
  public static var amendWeight: String { tr("A corrected weight.") }
  public static var careJourneyAccessible: String {
    tr("Screens for screen readers: text only, charts as sentences, one notice line.")
  }
  public static var careJourneyAccessibleDiscussion: String {
    tr("CAREJOURNEY_ACCESSIBLE=1 does the same.")
  }
  public static var careJourneyReadOnly: String { tr("Open the screens with no way to write.") }
  public static var careJourneyTheme: String {
    tr("Colour theme: default, high-contrast, colour-blind-safe, monochrome, light, or a file.")
  }
  public static var careJourneyThemeDiscussion: String { tr("NO_COLOR set means monochrome.") }
  public static var demoForce: String {
    tr("Move an existing journey aside (to DIR.before-demo-TIMESTAMP) and write the demo.")
  }
  public static var devicesDeviceName: String {
    tr("Give this computer a name, shown beside the authors of what it writes.")
  }
  public static var devicesJson: String { tr("Print a JSON array.") }
  public static var exportExcel: String {
    tr(
      "csv for a spreadsheet in a comma-decimal locale: a UTF-8 byte-order mark, ';' between "
        + "cells, decimal commas.")
  }
  public static var exportForce: String { tr("Replace --out if it exists.") }
  public static var exportFormat: String { tr("csv, json, fhir, ics or html.") }
  public static var exportFrom: String { tr("First date, YYYY-MM-DD (not for json).") }
  public static var exportOut: String { tr("The file to write (default: standard output).") }
  public static var exportTo: String { tr("Last date, YYYY-MM-DD (not for json).") }
  public static var globalData: String { tr("The journey's data directory.") }
  public static var globalDataDiscussion: String {
    tr(
      "Default: $CAREJOURNEY_DATA, else $XDG_DATA_HOME/carejourney, "
        + "else ~/.local/share/carejourney.")
  }
  public static var globalLang: String {
    tr("The language CareJourney speaks: en, de, zh-Hans or es.")
  }
  public static var globalLangDiscussion: String {
    tr(
      "Default: the journey's setting, else $CAREJOURNEY_LANG, else $LANGUAGE, "
        + "$LC_ALL, $LC_MESSAGES, $LANG. Given to settings, it becomes the journey's setting. "
        + "export html takes two, side by side: --lang de,en.")
  }
  public static var globalName: String { tr("Your name, recorded with everything you write.") }
  public static var globalNameDiscussion: String {
    tr(
      "Default: the person remembered on this computer; for the patient, the "
        + "patient's name; else your login name.")
  }
  public static var globalRole: String {
    tr("Who is using CareJourney: patient, caregiver or nurse.")
  }
  public static var globalRoleDiscussion: String {
    tr("Default: the person the screens remember on this computer, else patient.")
  }
  public static var gradeConsciousness: String { tr("Level of consciousness.") }
  public static var gradeEdema: String {
    tr("Cerebral oedema on imaging: focal, or diffuse (or signs of raised pressure).")
  }
  public static var gradeHypotension: String { tr("Hypotension and what it needed.") }
  public static var gradeIce: String {
    tr("ICE score, 0–10 (`carejourney ice` records one item by item).")
  }
  public static var gradeJson: String {
    tr("Print one JSON object: crs, icans (null where ASTCT gives none) and reasons.")
  }
  public static var gradeMasked: String {
    tr("An antipyretic or anti-cytokine therapy was given: fever is no longer required.")
  }
  public static var gradeMotor: String {
    tr("Deep focal motor weakness (hemiparesis, paraparesis).")
  }
  public static var gradeOxygen: String {
    tr("Oxygen support: low-flow is ≤ 6 L/min or blow-by; high-flow > 6 L/min or a mask.")
  }
  public static var gradeRecord: String {
    tr("Save the grading to the journey (needs --role nurse).")
  }
  public static var gradeSeizure: String {
    tr("Seizure: brief (resolved rapidly), eeg (non-convulsive, resolved), prolonged.")
  }
  public static var gradeTemp: String {
    tr("Highest temperature: 38.2, 38,2, 38.2C or 100.8F; fever is 38.0 °C or more.")
  }
  public static var iceAttention: String { tr("Counts backwards from 100 by ten: 0–1.") }
  public static var iceCommands: String { tr("Follows a simple command: 0–1.") }
  public static var iceJson: String { tr("Print one JSON object: id, total, icans and reason.") }
  public static var iceNaming: String { tr("Names three objects: 0–3.") }
  public static var iceOrientation: String { tr("Year, month, city, hospital: 0–4.") }
  public static var iceSentence: String {
    tr("The sentence the patient wrote, kept to compare handwriting over days.")
  }
  public static var iceUnarousable: String {
    tr("The patient cannot be roused to do the ICE (give every item as 0).")
  }
  public static var iceWriting: String { tr("Writes a standard sentence: 0–1.") }
  public static var importAcceptEdited: String {
    tr("Import a backup changed after it was exported; the journey records that it was.")
  }
  public static var importFile: String { tr("The backup file (- reads standard input).") }
  public static var initOn: String { tr("The day screening began, YYYY-MM-DD (default: today).") }
  public static var initPatient: String { tr("The patient's name.") }
  public static var initProtocol: String {
    tr("A built-in protocol (cd19-sle) or a protocol file (TOML).")
  }
  public static var initTeamPhone: String {
    tr("The CAR-T team's phone number, shown with every alert.")
  }
  public static var initUnit: String { tr("Show temperatures in C or F (always stored in °C).") }
  public static var logAt: String { tr("When it was observed, YYYY-MM-DDTHH:MM (default: now).") }
  public static var logBp: String { tr("Blood pressure, SYSTOLIC/DIASTOLIC mmHg, e.g. 118/76.") }
  public static var logHr: String { tr("Heart rate, beats per minute.") }
  public static var logMed: String {
    tr("A medicine taken, e.g. \"prednisone 5 mg\"; repeat for more.")
  }
  public static var logNote: String { tr("A free note.") }
  public static var logSpo2: String { tr("Oxygen saturation, %%.") }
  public static var logSymptom: String {
    tr("A symptom and its severity, NAME=SEVERITY; repeat for more.")
  }
  public static var logTemp: String { tr("Body temperature.") }
  public static var logWeight: String { tr("Body weight: 61.5kg or 135lb.") }
  public static var medChangeMedicine: String { tr("The medicine, e.g. prednisone.") }
  public static var medChangeOn: String {
    tr("The day of the change, YYYY-MM-DD (default: today).")
  }
  public static var medChangeReason: String { tr("Why.") }
  public static var medDoseDose: String { tr("The new dose, e.g. \"5 mg/day\".") }
  public static var medListJson: String {
    tr("Print one JSON object: the date and each medicine with dose and since.")
  }
  public static var medListOn: String { tr("The day, YYYY-MM-DD (default: today).") }
  public static var medStartDose: String {
    tr("The dose as you would write it, e.g. \"10 mg/day\".")
  }
  public static var milestonesJson: String { tr("Print a JSON array.") }
  public static var milestonesToday: String {
    tr("Status as on this date, YYYY-MM-DD (default: today).")
  }
  public static var neuroCheckCountBack: String {
    tr("Counting back from 100 by tens right or wrong.")
  }
  public static var neuroCheckDate: String { tr("Today's date said right or wrong.") }
  public static var neuroCheckNote: String { tr("Anything else you noticed.") }
  public static var neuroCheckObjects: String { tr("How many of three objects the patient named.") }
  public static var neuroCheckSentence: String {
    tr("The sentence as written, kept to compare over the days.")
  }
  public static var neuroCheckWriting: String {
    tr("The standard sentence written: did it look as the patient usually writes?")
  }
  public static var patientBorn: String { tr("The patient's date of birth, YYYY-MM-DD.") }
  public static var patientIdentifier: String {
    tr("A hospital or trial number and the system that issued it (a URI); repeat for several.")
  }
  public static var patientSex: String {
    tr("The patient's sex for records: female, male, other or unknown.")
  }
  public static var planDate: String { tr("The planned date, YYYY-MM-DD.") }
  public static var planPhase: String {
    tr(
      "The phase: %s.", Phase.allCases.filter { !$0.isEnd }.map(\.rawValue).joined(separator: ", "))
  }
  public static var remindExec: String {
    tr(
      "A program and its arguments (every word after --exec) to run with the reminders as its "
        + "last argument, when something is due.")
  }
  public static var remindExecTimeout: String {
    tr("Seconds to wait for the --exec program before stopping it (1–3600).")
  }
  public static var remindJson: String {
    tr("Print a JSON array of reminders: kind, message, id (the milestone id, or null).")
  }
  public static var settingsEmergencyNumber: String {
    tr("The emergency number alerts name, when the team cannot be reached.")
  }
  public static var settingsRegion: String {
    tr("The region (country) whose emergency number alerts name: EU, UK or US.")
  }
  public static var settingsTeamLanguage: String {
    tr("The care team's language, shown below the patient's in alerts: en, de, zh-Hans or es.")
  }
  public static var settingsTeamPhone: String {
    tr("The team's phone number, shown with every alert.")
  }
  public static var settingsUnit: String { tr("C or F.") }
  public static var shareWrite: String {
    tr("Write the .stignore into the data folder (an existing one is never replaced).")
  }
  public static var signElsewhere: String {
    tr("Done elsewhere before CareJourney, its date not known (instead of --on).")
  }
  public static var signMilestone: String { tr("The milestone id.") }
  public static var signNotApplicable: String {
    tr("Mark a conditional (only-if) milestone as not applying to this patient.")
  }
  public static var signNote: String { tr("A note kept with the signature.") }
  public static var signOn: String { tr("The date it was done, YYYY-MM-DD (default: today).") }
  public static var sledaiDescriptor: String {
    tr("A SLEDAI-2K descriptor present; repeat for more (none: SLEDAI-2K 0).")
  }
  public static var sledaiExclusionsChecked: String {
    tr(
      "Fever, cytopenias, seizure or organic brain syndrome were checked against their "
        + "exclusions after CAR-T (infection, CRS, ICANS, drugs).")
  }
  public static var sledaiImmunosuppressant: String {
    tr("An immunosuppressant, antimalarial or biologic taken; repeat for more.")
  }
  public static var sledaiJson: String {
    tr("Print one JSON object: total, clinical, doris and drug-free with reasons.")
  }
  public static var sledaiPga: String { tr("Physician global assessment, 0–3.") }
  public static var sledaiPrednisolone: String { tr("Prednisolone (or equivalent) dose, mg/day.") }
  public static var sledaiRecord: String { tr("Save the assessment to the journey.") }
  public static var statusJson: String { tr("Print one JSON object.") }
  public static var statusToday: String {
    tr("Show the status as on this date, YYYY-MM-DD (default: today).")
  }
  public static var timelineCsv: String { tr("Print CSV (RFC 4180) with a header row.") }
  public static var timelineFrom: String { tr("First date, YYYY-MM-DD.") }
  public static var timelineJson: String { tr("Print a JSON array.") }
  public static var timelineTo: String { tr("Last date, YYYY-MM-DD.") }
  public static var verifyJson: String {
    tr("Print one JSON object: files, lines and problems (file, line, reason).")
  }
  public static var visitJson: String { tr("Print the saved visit as one JSON object.") }
  public static var visitLab: String {
    tr("A lab value, NAME=VALUE[UNIT], e.g. igg=6.2g/L; repeat for more.")
  }
  public static var visitOn: String { tr("The visit's date, YYYY-MM-DD (default: today).") }
}
