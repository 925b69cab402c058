import JourneyCore

/// The line each command has in the command list and at the top of its `--help`, in
/// ``Language/current`` (built whenever ArgumentParser asks); the rest of its help is
/// ``CommandHelp``.
public enum CommandAbstract {
  public static var advance: String { tr("Record that the patient entered a phase.") }
  public static var alerts: String {
    tr("List the alerts of the last 7 days, open and answered; record what was done.")
  }
  public static var alertsAck: String { tr("Record what was done about an alert.") }
  public static var alertsList: String {
    tr("List the alerts, open ones and who answered the others.")
  }
  public static var amend: String {
    tr("Correct an earlier event or entry: new values, another date, or struck out.")
  }
  public static var careJourney: String {
    tr("Keep one patient's CAR-T cell therapy journey: phases, milestones, daily log.")
  }
  public static var demo: String {
    tr("Write a sample journey (screening to Month 6) into the data directory.")
  }
  public static var devices: String {
    tr("List the computers that write to this journey, their names and newest line.")
  }
  public static var export: String {
    tr("Write the journey as CSV, JSON, FHIR R4, iCalendar or an HTML visit report.")
  }
  public static var grade: String {
    tr("Grade CRS and ICANS by ASTCT 2019 (Lee et al.) from the findings.")
  }
  public static var ice: String {
    tr("Record an ICE score (nurse only) and show what it gives towards ICANS.")
  }
  public static var `import`: String {
    tr("Restore a journey from a backup made with `carejourney export json`.")
  }
  public static var `init`: String { tr("Start a new journey.") }
  public static var log: String { tr("Log a temperature, symptoms or a note.") }
  public static var med: String {
    tr("Record medicines started, dose changes and stops; list what was taken on a day.")
  }
  public static var medDose: String {
    tr("Record a new dose of a medicine being taken (a taper step).")
  }
  public static var medList: String { tr("What was being taken on a day.") }
  public static var medStart: String { tr("Record a medicine started.") }
  public static var medStop: String { tr("Record a medicine stopped.") }
  public static var milestones: String {
    tr("List every milestone of the protocol with its due date and status.")
  }
  public static var neuroCheck: String {
    tr("Record the caregiver's daily home neuro check in the weeks around the infusion.")
  }
  public static var plan: String {
    tr("Record the planned date of a phase; `plan infusion` sets the planned Day 0.")
  }
  public static var remind: String {
    tr("Say what is due now: for cron or a systemd timer, with the app closed.")
  }
  public static var settings: String {
    tr("Change the CAR-T team's phone number, the emergency number or the temperature unit.")
  }
  public static var share: String {
    tr("Show (or write) the Syncthing set-up that shares this journey with another computer.")
  }
  public static var sign: String {
    tr("Sign a milestone off (nurse milestones need --role nurse).")
  }
  public static var sledai: String {
    tr("Score SLEDAI-2K and check DORIS 2021 and drug-free remission.")
  }
  public static var status: String {
    tr("Show the phase, the day, milestones due or overdue, and active alerts.")
  }
  public static var timeline: String { tr("Show journey events and logged entries in time order.") }
  public static var verify: String {
    tr("Check every data file and list each problem as file:line; changes nothing.")
  }
  public static var visit: String {
    tr("Record a follow-up visit's lab values, each with its unit and reference range.")
  }
}
