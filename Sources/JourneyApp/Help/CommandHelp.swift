import JourneyCore
import TerminalUI

/// What each command's `--help` says below its options: what it does in a sentence or two,
/// its exit status where it has one, and examples. Kept here, beside the other texts people
/// read, so the executable holds only the options themselves.
///
/// Each text is built when it is asked for, in ``Language/current``: every paragraph is one
/// message of the `commands` catalog and one line, so `--help` wraps it at the terminal's width
/// between words (ArgumentParser wraps every line of a discussion on its own). Examples are
/// command lines and stay as they are typed, in every language.
public enum CommandHelp {
  /// The page `build` makes, built once per language: ArgumentParser reads every command's
  /// configuration, help included, on every run and more than once, and each page is made of
  /// several translated, fitted paragraphs.
  static func cached(_ name: String = #function, _ build: () -> String) -> String {
    pages.value("\(Language.current.tag) \(name)", make: build)
  }

  /// The pages built so far, by language and command.
  static let pages = Memo<String, String>()

  /// Paragraphs, a blank line between them, then the examples under `Example:` or `Examples:`.
  static func page(_ paragraphs: [String], examples: [String] = []) -> String {
    var parts = paragraphs.map(fitted)
    if !examples.isEmpty {
      let label = examples.count == 1 ? tr("Example:") : tr("Examples:")
      parts.append(([label] + examples.map { "  " + $0 }).joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  /// Each line of a paragraph that has wide characters (Chinese) and is over 80 columns, in
  /// lines of at most 80: ArgumentParser wraps at a count of characters, so its lines of them
  /// would be twice as wide as the terminal. Other lines stay as they are, for ArgumentParser
  /// to wrap.
  ///
  /// Every command's help is built on every run (ArgumentParser reads each configuration to
  /// parse), so lines that cannot need it are passed by their bytes alone: no character is
  /// wider than its UTF-8 bytes, and an ASCII line is as wide as it is long.
  static func fitted(_ paragraph: String) -> String {
    guard paragraph.utf8.contains(where: { $0 >= 0x80 }) else { return paragraph }
    return paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { part in
      let line = String(part)
      guard line.utf8.count > 80 else { return line }
      let width = TextWidth.of(text: line)
      guard width > line.count, width > 80 else { return line }
      return wrapped(line, columns: 80).joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// A list item, `  KEY  text`, its text wrapped at `width` columns under itself (a Chinese
  /// character takes two columns and may break anywhere), so a long item reads as a column.
  static func item(_ key: String, _ text: String, keyWidth: Int, width: Int = 78) -> String {
    let indent = 2 + keyWidth
    let lines = wrapped(text, columns: max(20, width - indent))
    let head = "  " + key + String(repeating: " ", count: max(1, keyWidth - key.count))
    return
      ([head + (lines.first ?? "")]
      + lines.dropFirst().map {
        String(repeating: " ", count: indent) + $0
      }).joined(separator: "\n")
  }

  /// `text` in lines of at most `columns` cells: broken at spaces, and next to wide
  /// characters, where Chinese breaks (each is a word of its own, joined to its neighbours
  /// without a space unless the text has one).
  static func wrapped(_ text: String, columns: Int) -> [String] {
    // Words: runs of narrow characters, or one wide character; each knows whether a space
    // came before it.
    var words: [(text: String, spaced: Bool)] = []
    var spaced = false
    var gluable = false
    for character in text {
      if character == " " {
        spaced = true
        gluable = false
      } else if TextWidth.of(String(character)) == 2 {
        words.append((String(character), spaced))
        (spaced, gluable) = (false, false)
      } else if gluable, !spaced {
        words[words.count - 1].text.append(character)
      } else {
        words.append((String(character), spaced))
        (spaced, gluable) = (false, true)
      }
    }
    var lines: [String] = []
    var line = ""
    var width = 0
    for word in words {
      let gap = line.isEmpty || !word.spaced ? 0 : 1
      let wide = TextWidth.of(text: word.text)
      if width + gap + wide > columns, !line.isEmpty {
        lines.append(line)
        (line, width) = (word.text, wide)
      } else {
        line += (gap == 1 ? " " : "") + word.text
        width += gap + wide
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// `carejourney advance --help`.
  public static var advance: String {
    cached {
      page(
        [
          tr(
            "Only the moves in the transition table are allowed: the normal path in order, "
              + "re-collection (manufacturing → leukapheresis), readmission (post-discharge or "
              + "follow-up → hospital-stay) and withdrawal from any phase. The last three need "
              + "--reason. Entering infusion on a date makes that date Day 0. A phase recorded "
              + "with its date not entered (a journey begun part-way through, on the Start "
              + "screen) gets its date the same way.")
        ],
        examples: [
          "carejourney advance leukapheresis --on 2026-10-02",
          "carejourney advance hospital-stay --reason \"fever on Day +12, admitted\"",
        ])
    }
  }

  /// `carejourney alerts --help`.
  public static var alerts: String {
    cached {
      page(
        [
          tr(
            "Every alert of the last 7 days, newest first: open ones (nobody has recorded what was "
              + "done) and answered ones, with who answered, when and what they wrote. An urgent "
              + "alert stays at the top of Today until it is answered, and `remind` pages whoever "
              + "is with the patient when nobody answered it within the protocol's minutes (15 by "
              + "default).")
        ],
        examples: [
          "carejourney alerts",
          "carejourney alerts --json",
          "carejourney alerts ack 3f9a0c1d2e4b5a69 \\\n"
            + "    --note \"called the team, told to come in\"",
        ])
    }
  }

  /// `carejourney alerts ack --help`.
  public static var alertsAck: String {
    cached {
      page(
        [
          tr(
            "Writes a line like any other: append-only, with your name and role, shown on the "
              + "Timeline and in the report. The alert leaves the top of Today; a new reading that "
              + "raises an alert raises a new one.")
        ],
        examples: [
          "carejourney alerts ack 3f9a0c1d2e4b5a69 \\\n"
            + "    --note \"called the team, told to come in\""
        ])
    }
  }

  /// `carejourney amend --help`.
  public static var amend: String {
    cached {
      page(
        [
          tr(
            "The old line stays in the file, in the timeline and in exports, struck through, with "
              + "who corrected it, when and why: as on a paper chart. Ids are shown by `log` and by "
              + "`carejourney timeline --json`. An entry (a reading) takes one new value of its own "
              + "kind, or --strike. A journey event (phase entered, milestone signed, plan) takes "
              + "--on DATE, or --strike. Correcting a line needs the role that may write it: a "
              + "nurse's signature, ICE score or grading is corrected with --role nurse.")
        ],
        examples: [
          "carejourney amend 3f9a0c1d2e4b5a69 --temp 37.8 \\\n"
            + "    --reason \"typed 38.7 by mistake\"",
          "carejourney amend 3f9a0c1d2e4b5a69 --strike \\\n"
            + "    --reason \"logged for the wrong patient\"",
          "carejourney amend 77b1e0a4c2d94f10 --on 2026-11-18 \\\n"
            + "    --reason \"entered on the wrong day\"",
        ])
    }
  }

  /// `carejourney --help`.
  public static var careJourney: String {
    cached {
      let start = tr("Start:")
      let sample = tr("Sample:")
      let width = max(start.count, sample.count) + 2
      let label = { (text: String) in text.padding(toLength: width, withPad: " ", startingAt: 0) }
      return page([
        tr(
          "With no subcommand, opens the screens (Today, Timeline, Milestones, Trends; ? for "
            + "keys); when not in a terminal, prints where the journey stands instead. Your data "
            + "stays in plain files in the data directory (--data, $CAREJOURNEY_DATA, else "
            + "~/.local/share/carejourney)."),
        label(start) + "carejourney init --patient \"Jane Doe\" --team-phone \"+49 9131 85-0\"\n"
          + label(sample) + "carejourney demo && carejourney status",
      ])
    }
  }

  /// `carejourney demo --help`.
  public static var demo: String {
    cached {
      page(
        [
          tr(
            "A made-up patient: a few days of fever after the infusion, a readmission on Day +16, "
              + "and follow-up visits up to Month 6. It refuses to touch an existing journey; with "
              + "--force the existing data directory is moved aside (never deleted) first, when it "
              + "holds a CareJourney journey and nothing else (never a folder of other files) and "
              + "no other CareJourney is writing to it.")
        ],
        examples: [
          "carejourney --data /tmp/carejourney-demo demo && "
            + "carejourney --data /tmp/carejourney-demo status"
        ])
    }
  }

  /// `carejourney export --help`.
  public static var export: String {
    cached {
      let formats = [
        ("csv", tr("one row per entry (RFC 4180), for a spreadsheet")),
        ("json", tr("the whole journey, for `carejourney import` (backup, a new machine)")),
        ("fhir", tr("an HL7 FHIR R4 Bundle for another clinic's system")),
        ("ics", tr("planned milestones and follow-up visits for a calendar (RFC 5545)")),
        ("html", tr("a printable one-page visit report for the clinic")),
      ].map { item($0.0, $0.1, keyWidth: 6) }
      return page(
        [
          ([tr("Formats:")] + formats).joined(separator: "\n"),
          tr(
            "Without --out the export goes to standard output. An existing file is never "
              + "replaced unless --force is given."),
          tr(
            "--from and --to keep only those dates, except for json: a backup is always the "
              + "whole journey (every event and entry, corrections included, and the protocol), "
              + "so that `carejourney import` restores all of it; json refuses a range."),
          tr(
            "The visit report (html) is written in the patient's language, with the care team's "
              + "beside it when the journey sets another (settings --team-lang); --lang de,en "
              + "writes those two, side by side."),
        ],
        examples: [
          "carejourney export csv --out journey.csv",
          "carejourney export csv --excel --out journey-excel.csv",
          "carejourney export html --from 2026-11-01 --out visit-report.html",
          "carejourney export html --lang de,en --out visit-report.html",
          "carejourney export json --out backup.json",
          "carejourney --data ~/new-journey import backup.json",
        ])
    }
  }

  /// `carejourney grade --help`.
  public static var grade: String {
    cached {
      page(
        [
          tr(
            "Prints each grade with the finding that set it. Where ASTCT gives no grade (a fever "
              + "masked by an antipyretic or anti-cytokine therapy, with no hypotension or "
              + "hypoxia), it says so: the care team grades. Grading is not alerting: low blood "
              + "pressure without fever is CRS grade 0 and still an urgent red flag."),
          tr(
            "--masked (fever masked by an antipyretic or anti-cytokine therapy) applies only after "
              + "CRS was graded: it needs a journey with an earlier CRS grade of 1 or more, and is "
              + "refused without one."),
          tr(
            "Without --record or --masked it needs no journey. --record saves the grading to the "
              + "journey and needs --role nurse."),
        ],
        examples: [
          "carejourney grade --temp 39.5 --hypotension vasopressor --oxygen low-flow",
          "carejourney --role nurse --name \"Ana Weber\" grade --temp 38,4 --ice 8 --record",
        ])
    }
  }

  /// `carejourney ice --help`.
  public static var ice: String {
    cached {
      let items = [
        ("--orientation 0–4", tr("year, month, city, hospital")),
        ("--naming 0–3", tr("names three objects")),
        ("--commands 0–1", tr("follows a simple command (\"show me 2 fingers\")")),
        ("--writing 0–1", tr("writes a standard sentence")),
        ("--attention 0–1", tr("counts backwards from 100 by ten")),
      ].map { item($0.0, $0.1, keyWidth: 20) }
      return page(
        [
          ([fitted(tr("ICE (Immune effector Cell-associated Encephalopathy) score, 10 points:"))]
            + items)
            .joined(separator: "\n"),
          tr(
            "The ICE score alone gives ICANS grade 0 (10), 1 (7–9), 2 (3–6), 3 (0–2), or 4 when "
              + "the patient is unarousable and cannot do the ICE (--unarousable, every item 0). "
              + "For the full ICANS grade use `carejourney grade`."),
        ],
        examples: [
          "carejourney --role nurse --name \"Ana Weber\" ice --orientation 4 --naming 3 \\\n"
            + "    --commands 1 --writing 0 --attention 1 --sentence \"The sun is warm today\""
        ])
    }
  }

  /// `carejourney neuro-check --help`.
  public static var neuroCheck: String {
    cached {
      let items = [
        (
          "--writing usual|changed",
          tr(
            "the patient writes a standard sentence (\"The sun is warm today\"): does it look as "
              + "they usually write?")
        ),
        ("--objects 0-3", tr("names three objects shown (a watch, a pen, a button)")),
        ("--date right|wrong", tr("says today's date")),
        ("--count-back right|wrong", tr("counts back from 100 by tens")),
      ].map { item($0.0, $0.1, keyWidth: 26) }
      return page(
        [
          tr(
            "A short check a caregiver does once a day in the acute weeks around the infusion "
              + "(from the first lymphodepletion day to Day +28 in the default protocol), as CAR-T "
              + "patient sheets ask caregivers to watch for changes in handwriting and finding "
              + "words:"),
          items.joined(separator: "\n"),
          tr(
            "An answer worse than at the patient's first check, or a sentence that looks changed, "
              + "is urgent: call the CAR-T team now. This is the caregiver's check, not the "
              + "nurse's ICE score, and it grades nothing. Outside its days, log what you see as a "
              + "symptom (handwriting, word-finding, confusion): those are urgent on any day."),
        ],
        examples: [
          "carejourney --role caregiver --name Tom neuro-check \\\n"
            + "    --writing usual --objects 3 --date right --count-back right",
          "carejourney --role caregiver --name Tom neuro-check --writing changed \\\n"
            + "    --sentence \"The sun is warm tday\" --objects 2 --date right \\\n"
            + "    --count-back wrong --note \"slower than yesterday\"",
        ])
    }
  }

  /// `carejourney import --help`.
  public static var `import`: String {
    cached {
      page(
        [
          tr(
            "Only into a data directory that is new or empty: an existing journey is never "
              + "touched. The whole file is checked before anything is written; the protocol, "
              + "journey.jsonl and the day files are then written as CareJourney writes them, with "
              + "a fresh hash chain, so `carejourney verify` passes. Another `export json` gives "
              + "the same file again."),
          tr(
            "A backup carries the hashes of its events, entries and protocol: one changed after "
              + "it was exported (a temperature edited in a text editor) is refused, naming the "
              + "first change, unless --accept-edited is given; the journey then holds a note "
              + "saying it was imported edited, and by whom."),
        ],
        examples: [
          "carejourney export json --out backup.json",
          "carejourney --data ~/carejourney-restored import backup.json",
          "carejourney export json | ssh newlaptop carejourney import -",
        ])
    }
  }

  /// `carejourney init --help`.
  public static var `init`: String {
    cached {
      page(
        [
          tr(
            "Writes journey.jsonl and a copy of the protocol (protocol.toml) into the data "
              + "directory. The journey starts in screening, today, or on the day screening began "
              + "(--on). Record what happened since with `advance --on`, `sign --on`, `log --at` "
              + "and `visit --on`, in any order (phases in order). What you write is signed with "
              + "the patient's name unless --role, --name or the person the screens remember say "
              + "otherwise."),
          tr(
            "So that another clinic's system can match the records to the patient, give the date "
              + "of birth, the sex and any hospital or trial number (SYSTEM|VALUE, the system a URI "
              + "naming who issued it; --identifier may be given several times); `settings` "
              + "changes them later. Write the name as \"Family, Given\" to mark the family name "
              + "for those systems."),
        ],
        examples: [
          "carejourney init --patient \"Jane Doe\" --team-phone \"+49 9131 85-0\"",
          "carejourney init --patient \"Jane Doe\" --on 2026-10-01",
          "carejourney init --patient \"Doe, Jane\" --born 1984-03-02 --sex female \\\n"
            + "    --identifier \"https://hospital.example.org/mrn|A12345\"",
        ])
    }
  }

  /// `carejourney log --help`.
  public static var log: String {
    cached {
      page(
        [
          tr("Each value becomes its own entry in the day's file, all written at once.") + "\n"
            + tr("Temperatures: 38.2, 38,2, 38.2C or 100.8F.") + "\n"
            + tr(
              "Symptoms: NAME=SEVERITY, severity 0–4 (none, mild, moderate, severe, very severe).")
            + "\n"
            + tr(
              "Signs that only happen or not (fainting, seizure, the protocol's scale = "
                + "\"present\"): NAME or NAME=yes.")
        ],
        examples: [
          "carejourney log --temp 38.4",
          "carejourney log --at 2026-11-22T07:30 --temp 37,8 --symptom chills=1 \\\n"
            + "    --note \"woke sweaty\"",
        ])
    }
  }

  /// `carejourney med --help`.
  public static var med: String {
    cached {
      page(
        [
          tr(
            "Each change is an entry of its day, shown in the timeline. `med list` folds them "
              + "into what was being taken on a day: a medicine started on a day is taken that "
              + "day, one stopped on a day is not. Names match ignoring case. A wrong change is "
              + "corrected with `carejourney amend ID --strike --reason TEXT`. A dose taken is "
              + "logged with `carejourney log --med TEXT`.")
        ],
        examples: [
          "carejourney med start prednisone --dose \"10 mg/day\" --on 2026-09-01",
          "carejourney med dose prednisone --dose \"5 mg/day\" --on 2026-09-15",
          "carejourney med stop mycophenolate --reason \"washout before leukapheresis\"",
          "carejourney med start aciclovir --dose \"400 mg twice daily\"",
          "carejourney med list --on 2026-10-05",
          "carejourney med list --json",
        ])
    }
  }

  /// `carejourney med start --help`.
  public static var medStart: String {
    cached {
      page(
        [tr("Refused when the medicine is already being taken on that day (use `med dose`).")],
        examples: [
          "carejourney med start prednisone --dose \"10 mg/day\" --on 2026-09-01",
          "carejourney med start ivig --dose \"0.4 g/kg\" --reason \"IgG 3.1 g/L\"",
        ])
    }
  }

  /// `carejourney med dose --help`.
  public static var medDose: String {
    cached {
      page(
        [tr("Refused when the medicine is not being taken on that day (use `med start`).")],
        examples: [
          "carejourney med dose prednisone --dose \"5 mg/day\" --on 2026-09-15",
          "carejourney med dose prednisone --dose \"2.5 mg/day\" --reason \"taper\"",
        ])
    }
  }

  /// `carejourney med stop --help`.
  public static var medStop: String {
    cached {
      page(
        [tr("Refused when the medicine is not being taken on that day.")],
        examples: [
          "carejourney med stop mycophenolate --reason \"washout before leukapheresis\"",
          "carejourney med stop prednisone",
        ])
    }
  }

  /// `carejourney med list --help`.
  public static var medList: String {
    cached {
      page([], examples: ["carejourney med list", "carejourney med list --on 2026-10-05 --json"])
    }
  }

  /// `carejourney milestones --help`.
  public static var milestones: String {
    cached {
      page(
        [
          tr(
            "Status is done, due (today), overdue, upcoming, not-applicable (N/A): a milestone the "
              + "protocol makes conditional (\"only if: ...\") that the nurse marked as not "
              + "applying, with `sign ID --not-applicable`; or (BEFORE) from before the journey "
              + "was recorded in CareJourney and not signed: sign those with their real date "
              + "(`sign ID --on DATE`) or mark them done elsewhere (`sign ID --elsewhere`). "
              + "Repeating milestones (follow-up visits) are listed up to the next one after today."
          )
        ],
        examples: ["carejourney milestones --today 2026-12-01 --json"])
    }
  }

  /// `carejourney plan --help`.
  public static var plan: String {
    cached {
      page(
        [
          tr(
            "Milestones counted from Day 0 (fludarabine on Day −5, ...) get their due dates from "
              + "the planned infusion until the infusion happens. A later plan replaces an earlier "
              + "one.")
        ],
        examples: ["carejourney plan infusion 2026-12-14"])
    }
  }

  /// `carejourney remind --help`.
  public static var remind: String {
    cached {
      let statuses = [
        (
          "0",
          tr(
            "nothing is due: prints \"%s\". With no journey yet: nothing on standard output "
              + "(\"[]\" with --json), a hint on stderr.", tr("Nothing due now."))
        ),
        ("1", tr("something is due: one line per reminder. Not an error.")),
        (
          "2",
          tr(
            "an error: the data directory or the protocol cannot be read, the journey is damaged "
              + "or its journey.jsonl missing, CAREJOURNEY_NOW is not a date-time, or the --exec "
              + "program is missing, fails, or has not finished after --exec-timeout seconds (it "
              + "is then stopped, with every process it started).")
        ),
        ("64", tr("a mistyped option (as for every command).")),
      ].map { item($0.0, $0.1, keyWidth: 4) }
      return page(
        [
          tr(
            "Lists, one line each: the temperature check that has passed with no temperature "
              + "logged since (inside the protocol's acute window), milestones due today, overdue "
              + "milestones, and yesterday if nothing at all was logged on it (acute window only)."),
          tr(
            "Before them, it escalates an urgent alert nobody answered (`a` on Today, or "
              + "`carejourney alerts ack`) within the protocol's minutes (15 by default): its line "
              + "names the alert and what was seen, and tells the caregiver to check on the patient "
              + "now and what to do, so an --exec program pages the caregiver."),
          ([tr("Exit status (what a script should look at):")] + statuses).joined(separator: "\n"),
          tr(
            "--exec takes every word after it as a program and its arguments: put it last. When "
              + "something is due the program runs once, without a shell, with all reminders (one "
              + "per line) added as its last argument; no shell ever reads a reminder's text. A "
              + "program that never ends would pile up a remind every 15 minutes: after "
              + "--exec-timeout seconds (default 30) it is stopped (SIGTERM, then SIGKILL)."),
        ],
        examples: [
          "carejourney remind",
          "carejourney remind --json",
          "carejourney remind --exec notify-send CareJourney",
          "carejourney remind >/dev/null; [ $? -le 1 ] || echo \"remind failed\"",
        ])
    }
  }

  /// `carejourney settings --help`.
  public static var settings: String {
    cached {
      page(
        [
          tr(
            "Every urgent alert names the team's number and, for when the team cannot be reached, "
              + "the emergency number: the protocol's default region's (112 in the EU) until "
              + "--region or --emergency-number says otherwise. Temperatures are always stored in "
              + "°C with the reading as typed; --unit only changes how they are shown. With no "
              + "option, prints the current settings."),
          tr(
            "--born, --sex and --identifier give the patient's date of birth, sex and hospital or "
              + "trial numbers, for another clinic's system to match the records on; identifiers "
              + "given replace the ones before (give all of them)."),
          tr(
            "--lang sets the language the patient reads (the screens, the commands, alerts, "
              + "reminders and the visit report); --team-lang the care team's, shown below the "
              + "patient's in alerts and beside it in the visit report."),
        ],
        examples: [
          "carejourney settings --team-phone \"+49 9131 85-33010\" --unit F",
          "carejourney settings --born 1984-03-02 --sex female",
          "carejourney settings --region UK",
          "carejourney settings --emergency-number 112",
          "carejourney settings --lang de --team-lang en",
        ])
    }
  }

  /// `carejourney sign --help`.
  public static var sign: String {
    cached {
      page(
        [
          tr(
            "MILESTONE is an id from `carejourney milestones`. For a repeating milestone, its bare "
              + "id signs the earliest occurrence not yet signed. A milestone from before the "
              + "journey was recorded in CareJourney is signed with its real date (--on), or "
              + "marked done elsewhere when that date is not known (--elsewhere). A milestone the "
              + "protocol makes conditional (\"only if: lupus with CNS involvement\") is marked as "
              + "not applying to this patient with --not-applicable, best with a --note saying why."
          )
        ],
        examples: [
          "carejourney --role nurse --name \"Ana Weber\" sign flu-day-minus-5",
          "carejourney --role nurse --name \"Ana Weber\" sign cells-collected \\\n"
            + "    --on 2026-10-14",
          "carejourney --role nurse --name \"Ana Weber\" sign baseline-igg --elsewhere",
          "carejourney --role nurse sign cns-anticonvulsant-prophylaxis \\\n"
            + "    --not-applicable --note \"no CNS lupus\"",
        ])
    }
  }

  /// `carejourney sledai --help`.
  public static var sledai: String {
    cached {
      page(
        [
          tr(
            "Give each SLEDAI-2K descriptor present at the visit or in the 10 days before it "
              + "once, with --descriptor. Weights are the published ones (Gladman 2002): the total "
              + "is 0–105; the clinical SLEDAI leaves out low-complement and "
              + "increased-dna-binding. DORIS 2021 needs clinical SLEDAI 0, --pga below the "
              + "protocol's cut-off (0.5) and --prednisolone at or below the protocol's cut-off "
              + "(5 mg/day); drug-free remission also needs no --immunosuppressant and no "
              + "prednisolone. Without --prednisolone, today's dose of prednisone or prednisolone "
              + "comes from the journey's medication list (`carejourney med`) when it states one "
              + "in mg/day. What is not given is not assumed to be met."),
          tr(
            "Descriptors (weight): seizure, psychosis, organic-brain-syndrome, visual-disturbance, "
              + "cranial-nerve, lupus-headache, cva, vasculitis (8); arthritis, myositis, "
              + "urinary-casts, haematuria, proteinuria, pyuria (4); rash, alopecia, "
              + "mucosal-ulcers, pleurisy, pericarditis, low-complement, increased-dna-binding "
              + "(2); fever, thrombocytopenia, leukopenia (1)."),
          tr(
            "After CAR-T, five descriptors count only once their exclusions are ruled out: fever "
              + "(not from an infection; not CRS), thrombocytopenia and leukopenia (not from "
              + "lymphodepletion drugs or the CAR-T cells), seizure and organic brain syndrome (not "
              + "metabolic, infectious or drug causes; not ICANS). They are printed with the "
              + "score; from the first lymphodepletion day on, --record with any of them also "
              + "needs --exclusions-checked. Without --prednisolone, the dose is the "
              + "prednisolone-equivalent sum of every systemic glucocorticoid in the medication "
              + "list (methylprednisolone x 1.25, dexamethasone x 6.67, hydrocortisone x 0.25, "
              + "deflazacort x 0.83: the protocol's table); one the protocol has no factor for "
              + "leaves it unknown. Antimalarials (hydroxychloroquine) count against drug-free "
              + "remission only when the protocol says so."),
          tr("Without --record it needs no journey. --record saves the assessment to the journey."),
        ],
        examples: [
          "carejourney sledai --descriptor proteinuria --descriptor low-complement \\\n"
            + "    --pga 1 --prednisolone 7.5",
          "carejourney sledai --pga 0.2 --prednisolone 0 --record",
        ])
    }
  }

  /// `carejourney status --help`.
  public static var status: String {
    cached {
      page([], examples: ["carejourney status", "carejourney status --today 2026-12-01 --json"])
    }
  }

  /// `carejourney timeline --help`.
  public static var timeline: String {
    cached {
      page(
        [tr("Struck-out entries stay listed, marked as such, with the correction's reason.")],
        examples: [
          "carejourney timeline --from 2026-11-01",
          "carejourney timeline --csv > journey.csv",
        ])
    }
  }

  /// `carejourney verify --help`.
  public static var verify: String {
    cached {
      page(
        [
          tr(
            "Reports a data folder that does not exist, lines that cannot be read (damaged bytes, "
              + "cut-off writes, wrong field types, values outside their plausible range, a newer "
              + "format), files that cannot be read (permissions, a link, a folder or a named pipe "
              + "where a file belongs, a file over 16 MB), day files in the wrong folder, a "
              + "missing or damaged journey.jsonl (empty, or not starting with the journey's "
              + "start), a missing or broken protocol.toml and lab values outside its plausible "
              + "ranges, a lock file that is not a plain file, a folder left by an unfinished "
              + "import, duplicate ids, events the journey's rules refuse, and breaks in the hash "
              + "chain: every line carries the hash of the line before it, so an edited, deleted, "
              + "inserted or moved line shows. An edited line shows as a break on the line after "
              + "it; an edited last line cannot be seen. The chain detects changes; it does not "
              + "prevent them and is not a signature."),
          tr(
            "Exits 1 when there is any problem, 0 when there is none. Opens files read-only and "
              + "creates nothing, not even the lock file."),
        ],
        examples: [
          "carejourney verify",
          "carejourney verify --data /media/backup/carejourney --json",
        ])
    }
  }

  /// `carejourney visit --help`.
  public static var visit: String {
    cached {
      page(
        [
          tr(
            "Each --lab is NAME=VALUE with an optional unit; without a unit the protocol's unit is "
              + "taken. Values are stored in the protocol's unit (IgG in g/L is converted to "
              + "mg/dL, creatinine in µmol/L to mg/dL, counts in x10^9/L, G/L or /nL to /µL, UPCR "
              + "in mg/mmol to g/g) and shown against the protocol's reference range. A unit is "
              + "never guessed: a count typed without one that could be in another unit "
              + "(neutrophils=0.49) is refused with the units to type. An unknown lab, an unknown "
              + "unit or an impossible value refuses the whole visit. A value the protocol lists "
              + "as a red flag (platelets below 20 x10^9/L, IgG at or below 400 mg/dL, say) is "
              + "printed at once with whom to call, as `log` does."),
          tr(
            "Labs in the default protocol: %s.",
            "anti-dsdna, c3, c4, upcr, creatinine, egfr, igg, cd19-b-cells, cd4, neutrophils, "
              + "lymphocytes, haemoglobin, platelets, ferritin, fibrinogen, alt, ast, "
              + "triglycerides, ldh, crp, troponin"),
        ],
        examples: [
          "carejourney visit --lab igg=6.2g/L --lab creatinine=97µmol/L \\\n"
            + "    --lab neutrophils=1.8G/L",
          "carejourney visit --on 2026-11-20 --lab c3=0.85g/L --lab c4=12 --json",
        ])
    }
  }

  /// `carejourney devices --help`.
  public static var devices: String {
    cached {
      page(
        [
          tr(
            "Each computer writes only its own folder, devices/<id>/, so a sync tool never has two "
              + "versions of one file. Its id is kept on the computer, in "
              + "~/.local/state/carejourney.")
        ],
        examples: [
          "carejourney devices",
          "carejourney devices --device-name \"Ana's laptop\"",
        ])
    }
  }

  /// `carejourney share --help`.
  public static var share: String {
    cached {
      page([], examples: ["carejourney share", "carejourney share --write"])
    }
  }
}
