import Testing

@testable import JourneyCore

/// A small protocol that loads; each broken case changes one thing in it.
enum Snippet {
  static let header = """
    id = "test"
    name = "Test protocol"

    """

  static let symptoms = """
    [[symptom]]
    id = "chills"
    label = "Chills"
    group = "pro-ctcae"
    aliases = ["shivers"]

    [[symptom]]
    id = "confusion"
    label = "Confusion"
    group = "neurological"

    """

  static let milestone = """
    [[milestone]]
    id = "m1"
    phase = "lymphodepletion"
    title = "Fludarabine"
    signer = "nurse"
    day = -5

    """

  static let redFlag = """
    [[red-flag]]
    id = "fever"
    level = "urgent"
    measure = "temperature"
    at-least = 38.0
    message = "Temperature of 38.0 °C or more. Call your CAR-T team now."

    """

  /// The valid protocol with `top` added to the top-level keys and `tables` appended.
  static func protocolText(top: String = "", tables: String = "") -> String {
    header + top + "\n" + symptoms + milestone + redFlag + tables
  }

  /// A milestone table with the given body.
  static func milestone(_ body: String) -> String { "[[milestone]]\n" + body + "\n" }

  /// A red-flag table with the given body.
  static func redFlag(_ body: String) -> String { "[[red-flag]]\n" + body + "\n" }

  /// A symptom table with the given body.
  static func symptom(_ body: String) -> String { "[[symptom]]\n" + body + "\n" }
}

struct BrokenProtocol: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  /// Parts the message must contain, in any order.
  var fragments: [String]
  var testDescription: String { name }

  init(_ name: String, top: String = "", tables: String = "", expect fragments: [String]) {
    self.name = name
    self.text = Snippet.protocolText(top: top, tables: tables)
    self.fragments = fragments
  }

  init(_ name: String, wholeText: String, expect fragments: [String]) {
    self.name = name
    self.text = wholeText
    self.fragments = fragments
  }
}

private let goodMilestone = """
  id = "m2"
  phase = "infusion"
  title = "Infusion"
  signer = "nurse"
  """

private let neuroFlag = """
  id = "neuro"
  level = "urgent"
  message = "A change was logged. Call your CAR-T team now."
  """

let brokenProtocols: [BrokenProtocol] = [
  // Syntax and types.
  BrokenProtocol(
    "TOML syntax error", wholeText: "id = \"test\"\nname = \"unterminated\n",
    expect: ["test.toml, line 2", "TOML syntax error"]),
  BrokenProtocol(
    "key given twice", wholeText: "id = \"test\"\nid = \"again\"\nname = \"x\"\n",
    expect: ["test.toml, line 2", "TOML syntax error"]),
  BrokenProtocol(
    "whole number as a string", tables: Snippet.milestone(goodMilestone + "\nday = \"-5\""),
    expect: [#"milestone "m2": day must be a whole number, not a string"#]),
  BrokenProtocol(
    "milestone as a single table", wholeText: Snippet.header + "[milestone]\nid = \"m\"\n",
    expect: ["milestone must be an array of tables, each starting with [[milestone]]"]),

  // Unknown keys.
  BrokenProtocol(
    "misspelt top-level key", top: "nmae = \"x\"",
    expect: [#"unknown key "nmae" at the top level; did you mean "name"?"#]),
  BrokenProtocol(
    "misspelt milestone key",
    tables: Snippet.milestone(
      "id = \"m2\"\nphase = \"infusion\"\ntitle = \"Infusion\"\nsignr = \"nurse\"\nday = 0"),
    expect: [#"test.toml: milestone "m2": unknown key "signr"; did you mean "signer"?"#]),
  BrokenProtocol(
    "misspelt red-flag key",
    tables: Snippet.redFlag(
      "id = \"x\"\nlevel = \"urgent\"\nmeasure = \"spo2\"\nbelow = 92\nmesage = \"Call.\""),
    expect: [#"red-flag "x": unknown key "mesage"; did you mean "message"?"#]),
  BrokenProtocol(
    "misspelt acute-window key", tables: "[acute-window]\nfrom-day = -5\nto-days = 28\n",
    expect: [#"[acute-window]: unknown key "to-days"; did you mean "to-day"?"#]),
  BrokenProtocol(
    "source on a symptom",
    tables: Snippet.symptom(
      "id = \"cough\"\nlabel = \"Cough\"\ngroup = \"pro-ctcae\"\nsource = \"NCI\""),
    expect: [
      #"symptom "cough": unknown key "source""#,
      "(keys: id, label, group, aliases, scale, label.en, label.de, label.zh-Hans, label.es)",
    ]),

  // Unknown names.
  BrokenProtocol(
    "unknown phase",
    tables: Snippet.milestone(
      "id = \"x\"\nphase = \"lymphodeplete\"\ntitle = \"T\"\nsigner = \"nurse\"\nday = -5"),
    expect: [
      #"test.toml: milestone "x": phase "lymphodeplete" is not a phase (phases: screening, leukapheresis, manufacturing"#
    ]),
  BrokenProtocol(
    "unknown phase in from",
    tables: Snippet.milestone(goodMilestone + "\nfrom = \"leukaphoresis\"\ndays = -14"),
    expect: [#"from "leukaphoresis" is not a phase (phases: screening"#]),
  BrokenProtocol(
    "unknown signer",
    tables: Snippet.milestone(
      "id = \"x\"\nphase = \"infusion\"\ntitle = \"T\"\nsigner = \"doctor\"\nday = 0"),
    expect: [#"signer "doctor" is not a signer (signers: nurse, anyone)"#]),
  BrokenProtocol(
    "unknown level",
    tables: Snippet.redFlag(
      "id = \"x\"\nlevel = \"now\"\nmeasure = \"spo2\"\nbelow = 92\nmessage = \"Call.\""),
    expect: [
      #"red-flag "x": level "now" is not a level (levels: emergency, urgent, call-today, info)"#
    ]),
  BrokenProtocol(
    "unknown measure",
    tables: Snippet.redFlag(
      "id = \"x\"\nlevel = \"urgent\"\nmeasure = \"temp\"\nat-least = 38\nmessage = \"Call.\""),
    expect: [
      #"measure "temp" is not a measure (measures: temperature, heart-rate, systolic, diastolic, spo2, weight)"#
    ]),
  BrokenProtocol(
    "unknown group",
    tables: Snippet.symptom("id = \"rash\"\nlabel = \"Rash\"\ngroup = \"skin\""),
    expect: [
      #"symptom "rash": group "skin" is not a group (groups: pro-ctcae, lupus, neurological, other)"#
    ]),
  BrokenProtocol(
    "unknown phase in red-flag phases",
    tables: Snippet.redFlag(
      "id = \"x\"\nlevel = \"urgent\"\nmeasure = \"spo2\"\nbelow = 92\nmessage = \"Call.\"\n"
        + "phases = [\"infusion\", \"post-op\"]"),
    expect: [#"phases "post-op" is not a phase"#]),
  BrokenProtocol(
    "symptom in a red flag not in the vocabulary",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"confusion\", \"chils\"]\nmin-severity = 1"),
    expect: [
      #"red-flag "neuro": symptoms: "chils" is not a symptom of this protocol; did you mean: chills?"#
    ]),

  // Ids.
  BrokenProtocol(
    "milestone without an id",
    tables: Snippet.milestone("phase = \"infusion\"\ntitle = \"T\"\nsigner = \"nurse\"\nday = 0"),
    expect: ["test.toml: milestone #2: id is missing"]),
  BrokenProtocol(
    "id with spaces and capitals",
    tables: Snippet.milestone(
      "id = \"Flu Day\"\nphase = \"infusion\"\ntitle = \"T\"\nsigner = \"nurse\"\nday = 0"),
    expect: [
      #"milestone "Flu Day": id "Flu Day" may hold only lowercase letters, digits and hyphens"#
    ]),
  BrokenProtocol(
    "id starting with a hyphen", top: "",
    tables: Snippet.symptom("id = \"-x\"\nlabel = \"X\"\ngroup = \"other\""),
    expect: [#"id "-x" may hold only"#, "may not start with a hyphen"]),
  BrokenProtocol(
    "repeated milestone id",
    tables: Snippet.milestone(
      "id = \"m1\"\nphase = \"infusion\"\ntitle = \"T\"\nsigner = \"nurse\"\nday = 0"),
    expect: [#"milestone "m1": id "m1" is already used by milestone #1 ("m1"); ids must be unique"#]
  ),
  BrokenProtocol(
    "repeated red-flag id",
    tables: Snippet.redFlag(
      "id = \"fever\"\nlevel = \"info\"\nmeasure = \"temperature\"\nat-least = 37.5\nmessage = \"x\""
    ),
    expect: [#"red-flag "fever": id "fever" is already used by red-flag #1"#]),
  BrokenProtocol(
    "repeated symptom id",
    tables: Snippet.symptom("id = \"chills\"\nlabel = \"Chills again\"\ngroup = \"other\""),
    expect: [#"symptom "chills": id "chills" is already used by symptom #1 ("chills")"#]),
  BrokenProtocol(
    "alias that is another symptom's id",
    tables: Snippet.symptom(
      "id = \"rigors\"\nlabel = \"Rigors\"\ngroup = \"other\"\naliases = [\"chills\"]"),
    expect: [
      #"symptom "rigors": alias "chills" is already used by symptom #1 ("chills"); ids and aliases must be unique"#
    ]),
  BrokenProtocol(
    "alias repeated in another case",
    tables: Snippet.symptom(
      "id = \"shaking\"\nlabel = \"Shaking\"\ngroup = \"other\"\naliases = [\"Shivers\"]"),
    expect: [#"alias "Shivers" is already used by symptom #1 ("chills")"#]),
  BrokenProtocol(
    "alias with punctuation",
    tables: Snippet.symptom(
      "id = \"cough\"\nlabel = \"Cough\"\ngroup = \"pro-ctcae\"\naliases = [\"cough!\"]"),
    expect: [#"alias "cough!" may hold only letters, digits, spaces and hyphens"#]),

  // Due dates and repeats.
  BrokenProtocol(
    "no due date", tables: Snippet.milestone(goodMilestone),
    expect: [#"milestone "m2": no due date: give one of day = N, month = N, or from"#]),
  BrokenProtocol(
    "two due dates", tables: Snippet.milestone(goodMilestone + "\nday = 0\nmonth = 3"),
    expect: ["give one due date, not both day and month"]),
  BrokenProtocol(
    "day and from", tables: Snippet.milestone(goodMilestone + "\nday = 0\nfrom = \"infusion\""),
    expect: ["give one due date, not both day and from"]),
  BrokenProtocol(
    "days without from", tables: Snippet.milestone(goodMilestone + "\nday = 0\ndays = 3"),
    expect: [#"milestone "m2": days counts from a phase start and goes only with from"#]),
  BrokenProtocol(
    "every-days and every-months",
    tables: Snippet.milestone(goodMilestone + "\nmonth = 3\nevery-days = 30\nevery-months = 3"),
    expect: ["give every-days or every-months, not both"]),
  BrokenProtocol(
    "until-day and until-month",
    tables: Snippet.milestone(
      goodMilestone + "\nday = 30\nevery-days = 30\nuntil-day = 90\nuntil-month = 3"),
    expect: ["give until-day or until-month, not both"]),
  BrokenProtocol(
    "until without a repeat",
    tables: Snippet.milestone(goodMilestone + "\nday = 30\nuntil-day = 90"),
    expect: ["until-day ends a repeat, so it needs every-days or every-months"]),
  BrokenProtocol(
    "until before the first due day",
    tables: Snippet.milestone(goodMilestone + "\nmonth = 6\nevery-months = 1\nuntil-month = 3"),
    expect: ["until-month ends the repeat on day 90, before the first due day 180"]),
  BrokenProtocol(
    "repeat every zero days",
    tables: Snippet.milestone(goodMilestone + "\nday = 30\nevery-days = 0"),
    expect: ["every-days must be 1 or more"]),
  BrokenProtocol(
    "missing signer",
    tables: Snippet.milestone("id = \"x\"\nphase = \"infusion\"\ntitle = \"T\"\nday = 0"),
    expect: [#"milestone "x": signer is missing (signers: nurse, anyone)"#]),

  // Red-flag conditions.
  BrokenProtocol(
    "red flag without a condition", tables: Snippet.redFlag(neuroFlag),
    expect: [#"red-flag "neuro": no condition: give one of measure"#]),
  BrokenProtocol(
    "home neuro check rule that is not worse-than-first",
    tables: Snippet.redFlag(neuroFlag + "\nhome-neuro-check = \"worse\""),
    expect: [#"home-neuro-check can only be "worse-than-first""#]),
  BrokenProtocol(
    "home neuro check rule with a severity",
    tables: Snippet.redFlag(
      neuroFlag + "\nhome-neuro-check = \"worse-than-first\"\nmin-severity = 1"),
    expect: ["min-severity goes with symptoms or any-symptom, not with home-neuro-check"]),
  BrokenProtocol(
    "home neuro check rule beside a symptom condition",
    tables: Snippet.redFlag(
      neuroFlag + "\nhome-neuro-check = \"worse-than-first\"\nsymptoms = [\"confusion\"]"),
    expect: ["give one condition, not both symptoms and home-neuro-check"]),
  BrokenProtocol(
    "red flag with two conditions",
    tables: Snippet.redFlag(
      neuroFlag + "\nmeasure = \"spo2\"\nbelow = 92\nsymptoms = [\"confusion\"]\nmin-severity = 1"),
    expect: ["give one condition, not both measure and symptoms"]),
  BrokenProtocol(
    "threshold on a symptom rule",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"confusion\"]\nmin-severity = 1\nat-least = 3"),
    expect: ["at-least goes with measure or lab, not with symptoms"]),
  BrokenProtocol(
    "severity on a measure rule",
    tables: Snippet.redFlag(neuroFlag + "\nmeasure = \"spo2\"\nbelow = 92\nmin-severity = 1"),
    expect: ["min-severity goes with symptoms or any-symptom, not with measure"]),
  BrokenProtocol(
    "measure without a threshold", tables: Snippet.redFlag(neuroFlag + "\nmeasure = \"spo2\""),
    expect: ["measure needs at-least = X, below = X or at-most = X"]),
  BrokenProtocol(
    "measure band upside down",
    tables: Snippet.redFlag(neuroFlag + "\nmeasure = \"spo2\"\nbelow = 92\nat-least = 99"),
    expect: ["below 92 must be above at-least 99 for a band"]),
  BrokenProtocol(
    "measure with two upper bounds",
    tables: Snippet.redFlag(neuroFlag + "\nmeasure = \"spo2\"\nbelow = 92\nat-most = 91"),
    expect: ["give below or at-most, not both"]),
  BrokenProtocol(
    "temperature threshold between tenths",
    tables: Snippet.redFlag(neuroFlag + "\nmeasure = \"temperature\"\nat-least = 37.95"),
    expect: ["give temperature thresholds in whole tenths of a degree"]),
  BrokenProtocol(
    "masked-by without hours",
    tables: Snippet.redFlag(
      neuroFlag + "\nmeasure = \"temperature\"\nbelow = 38.0\nmasked-by = [\"paracetamol\"]"),
    expect: ["masked-by needs within-hours = N (1–72)"]),
  BrokenProtocol(
    "within-hours without masked-by",
    tables: Snippet.redFlag(
      neuroFlag + "\nmeasure = \"temperature\"\nbelow = 38.0\nwithin-hours = 6"),
    expect: ["within-hours goes with masked-by"]),
  BrokenProtocol(
    "masked-by on a symptom rule",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1\nmasked-by = [\"ibuprofen\"]"),
    expect: ["masked-by goes with measure, not with symptoms"]),
  BrokenProtocol(
    "persisting-days on a measure rule",
    tables: Snippet.redFlag(
      neuroFlag + "\nmeasure = \"spo2\"\nbelow = 92\npersisting-days = 14"),
    expect: ["persisting-days goes with symptoms or any-symptom, not with measure"]),
  BrokenProtocol(
    "persisting-days of zero",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1\npersisting-days = 0"),
    expect: ["persisting-days 0 is outside 1–3650"]),
  BrokenProtocol(
    "window from an end phase",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1\nfrom-phase = \"withdrawn\""),
    expect: [#"from-phase "withdrawn" ends the journey; rules go on after the end"#]),
  BrokenProtocol(
    "window until an unknown phase",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1\nuntil-phase = \"lympho\""),
    expect: [#"until-phase "lympho" is not a phase"#]),
  BrokenProtocol(
    "window extended by an unknown lab",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1\nto-day = 180"
        + "\nextend-while-lab = \"b-cells\"\nextend-while-at-most = 10"),
    expect: [#"extend-while-lab "b-cells" is not a lab of this protocol"#]),
  BrokenProtocol(
    "window extended without an end",
    tables: LabRedFlagsTests.labs
      + Snippet.redFlag(
        neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1"
          + "\nextend-while-lab = \"igg\"\nextend-while-at-most = 10"),
    expect: ["extend-while-lab extends a window past its end: give to-day or until-phase too"]),
  BrokenProtocol(
    "window extended without a ceiling",
    tables: LabRedFlagsTests.labs
      + Snippet.redFlag(
        neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1\nto-day = 9"
          + "\nextend-while-lab = \"igg\""),
    expect: ["extend-while-lab needs extend-while-at-most = X (in mg/dL)"]),
  BrokenProtocol(
    "window ceiling without a lab",
    tables: Snippet.redFlag(
      neuroFlag + "\nsymptoms = [\"chills\"]\nmin-severity = 1\nextend-while-at-most = 10"),
    expect: ["extend-while-at-most goes with extend-while-lab"]),
  BrokenProtocol(
    "emergency region without a number",
    tables: "[emergency]\nregion = \"EU\"\nnumbers = [{ region = \"US\", number = \"911\" }]\n",
    expect: [#"[emergency]: region "EU" has no number in numbers (regions: US)"#]),
  BrokenProtocol(
    "emergency number with letters",
    tables: "[emergency]\nregion = \"EU\"\nnumbers = [{ region = \"EU\", number = \"one12\" }]\n",
    expect: [#"number "one12" may hold only digits, spaces, + and -"#]),
  BrokenProtocol(
    "emergency region twice",
    tables: "[emergency]\nregion = \"EU\"\nnumbers = [{ region = \"EU\", number = \"112\" }, "
      + "{ region = \"eu\", number = \"112\" }]\n",
    expect: [#"region "eu" is listed twice"#]),
  BrokenProtocol(
    "temperature in Fahrenheit",
    tables: Snippet.redFlag(neuroFlag + "\nmeasure = \"temperature\"\nat-least = 100.4"),
    expect: ["at-least 100.4 is not a plausible temperature in °C (30–45)"]),
  BrokenProtocol(
    "oxygen saturation as a fraction",
    tables: Snippet.redFlag(neuroFlag + "\nmeasure = \"spo2\"\nbelow = 0.92"),
    expect: ["below 0.92 is not a plausible spo2 in % (50–100)"]),
  BrokenProtocol(
    "symptoms without a severity",
    tables: Snippet.redFlag(neuroFlag + "\nsymptoms = [\"confusion\"]"),
    expect: ["min-severity is missing (0–4)"]),
  BrokenProtocol(
    "severity above 4",
    tables: Snippet.redFlag(neuroFlag + "\nsymptoms = [\"confusion\"]\nmin-severity = 5"),
    expect: [#"red-flag "neuro": min-severity 5 is outside 0–4"#]),
  BrokenProtocol(
    "severity below 0",
    tables: Snippet.redFlag(neuroFlag + "\nany-symptom = true\nmin-severity = -1"),
    expect: ["min-severity -1 is outside 0–4"]),
  BrokenProtocol(
    "empty symptom list", tables: Snippet.redFlag(neuroFlag + "\nsymptoms = []\nmin-severity = 1"),
    expect: ["symptoms is empty; name at least one, or use any-symptom = true"]),
  BrokenProtocol(
    "any-symptom false",
    tables: Snippet.redFlag(neuroFlag + "\nany-symptom = false\nmin-severity = 3"),
    expect: ["any-symptom can only be true"]),
  BrokenProtocol(
    "missing without a time", tables: Snippet.redFlag(neuroFlag + "\nmissing = \"temperature\""),
    expect: [#"missing needs by = "HH:MM""#]),
  BrokenProtocol(
    "time written 8pm",
    tables: Snippet.redFlag(neuroFlag + "\nmissing = \"temperature\"\nby = \"8pm\""),
    expect: [#"red-flag "neuro": by: "8pm" is not a time as "HH:MM""#]),
  BrokenProtocol(
    "time 24:00",
    tables: Snippet.redFlag(neuroFlag + "\nmissing = \"temperature\"\nby = \"24:00\""),
    expect: [#"by: "24:00" is not a time as "HH:MM""#]),
  BrokenProtocol(
    "time without a leading zero",
    tables: "[acute-window]\nfrom-day = -5\nto-day = 28\n"
      + "temperature-checks = [\"8:00\", \"20:00\"]\n",
    expect: [#"[acute-window]: temperature-checks: "8:00" is not a time as "HH:MM""#]),
  BrokenProtocol(
    "red-flag window backwards",
    tables: Snippet.redFlag(
      neuroFlag + "\nmissing = \"temperature\"\nby = \"20:00\"\nfrom-day = 28\nto-day = -5"),
    expect: [#"red-flag "neuro": from-day 28 is after to-day -5"#]),
  BrokenProtocol(
    "empty phases",
    tables: Snippet.redFlag(neuroFlag + "\nany-symptom = true\nmin-severity = 3\nphases = []"),
    expect: ["phases is empty; leave it out to apply in every phase"]),
  BrokenProtocol(
    "red flag without a message",
    tables: Snippet.redFlag("id = \"x\"\nlevel = \"urgent\"\nmeasure = \"spo2\"\nbelow = 92"),
    expect: [#"red-flag "x": message is missing"#]),

  // Top level and the acute window.
  BrokenProtocol(
    "acute window backwards", tables: "[acute-window]\nfrom-day = 30\nto-day = 28\n",
    expect: ["test.toml: [acute-window]: from-day 30 is after to-day 28"]),
  BrokenProtocol(
    "zero days per month", top: "days-per-month = 0", expect: ["days-per-month must be 1 or more"]),
  BrokenProtocol(
    "protocol without a name", wholeText: "id = \"test\"\n",
    expect: ["test.toml: name is missing"]),
  BrokenProtocol(
    "a condition code with a letter",
    tables: "[condition]\nlabel = \"SLE\"\nsnomed = \"5546400g\"\n",
    expect: [#"snomed "5546400g" is not a SNOMED CT concept id"#]),
  BrokenProtocol(
    "a LOINC code one digit off",
    tables: "[[lab]]\nid = \"c3\"\nlabel = \"C3\"\nunit = \"mg/dL\"\nplausible-low = 0\n"
      + "plausible-high = 1000\nloinc = \"4485-8\"\n",
    expect: [#"loinc "4485-8" is not a LOINC code: digits, a hyphen and the check digit"#]),
  BrokenProtocol(
    "a condition without a name", tables: "[condition]\nsnomed = \"55464009\"\n",
    expect: ["label is missing"]),
]

@Test(arguments: brokenProtocols) func brokenProtocolIsRefused(_ broken: BrokenProtocol) {
  do {
    let loaded = try CareProtocol(toml: broken.text, fileName: "test.toml")
    Issue.record("loaded although broken: \(loaded.id)")
  } catch {
    for fragment in broken.fragments {
      #expect(error.message.contains(fragment), "\(error.message)")
    }
  }
}

@Test func theBaseOfTheBrokenCasesLoads() throws {
  let loaded = try CareProtocol(toml: Snippet.protocolText(), fileName: "test.toml")
  #expect(loaded.milestones.map(\.id) == ["m1"])
  #expect(loaded.symptoms.map(\.id) == ["chills", "confusion"])
  #expect(loaded.redFlags.map(\.id) == ["fever"])
}

@Test func errorNamesTableAndKey() throws {
  let text = Snippet.protocolText(
    tables: Snippet.milestone(
      "id = \"x\"\nphase = \"lymphodeplete\"\ntitle = \"T\"\nsigner = \"nurse\"\nday = -5"))
  let error = try #require(throws: TOMLFileError.self) {
    try CareProtocol(toml: text, fileName: "cd19-sle.toml")
  }
  #expect(error.file == "cd19-sle.toml")
  #expect(error.table == #"milestone "x""#)
  #expect(error.key == "phase")
  #expect(error.line == nil)
  #expect(error.description == error.message)
  #expect(error.message.hasPrefix(#"cd19-sle.toml: milestone "x": phase "lymphodeplete""#))
}

@Test func syntaxErrorCarriesLineAndColumn() throws {
  let error = try #require(throws: TOMLFileError.self) {
    try CareProtocol(toml: "id = \"test\"\n\nname = = 3\n", fileName: "p.toml")
  }
  #expect(error.line == 3)
  #expect(error.column != nil)
  #expect(error.table == nil)
}

/// Months and repeats in months become days with the protocol's days-per-month.
@Test(arguments: [30, 28]) func monthsBecomeDays(daysPerMonth: Int) throws {
  let text = Snippet.protocolText(
    top: "days-per-month = \(daysPerMonth)",
    tables: Snippet.milestone(goodMilestone + "\nmonth = 3\nevery-months = 3\nuntil-month = 12"))
  let loaded = try CareProtocol(toml: text, fileName: "test.toml")
  let rule = try #require(loaded.milestones.last)
  #expect(rule.anchor == .dayZero)
  #expect(rule.offsetDays == 3 * daysPerMonth)
  #expect(rule.repeatEveryDays == 3 * daysPerMonth)
  #expect(rule.repeatUntilDays == 12 * daysPerMonth)
}

@Test func fromWithoutDaysIsThePhaseStart() throws {
  let text = Snippet.protocolText(
    tables: Snippet.milestone(goodMilestone + "\nfrom = \"hospital-stay\""))
  let rule = try #require(try CareProtocol(toml: text, fileName: "t.toml").milestones.last)
  #expect(rule.anchor == .phaseStart(.hospitalStay))
  #expect(rule.offsetDays == 0)
  #expect(rule.repeatEveryDays == nil)
}

/// A red flag may name a symptom by an alias; the rule keeps the id the entries use.
@Test func redFlagAliasesBecomeIds() throws {
  let text = Snippet.protocolText(
    tables: Snippet.redFlag(neuroFlag + "\nsymptoms = [\"Shivers\", \"chills\"]\nmin-severity = 1"))
  let rule = try #require(try CareProtocol(toml: text, fileName: "t.toml").redFlags.last)
  #expect(rule.condition == .symptom(names: ["chills"], minSeverity: 1))
}

@Test func acuteWindowDefaultsWhenAbsent() throws {
  let loaded = try CareProtocol(toml: Snippet.protocolText(), fileName: "t.toml")
  #expect(loaded.acuteWindow == -5...28)
  #expect(loaded.temperatureCheckMinutes == [])
  #expect(loaded.daysPerMonth == 30)
}

/// Array-of-tables headers opening a third bracket stop the TOML parser's process instead of
/// failing (toml++ asserts), so they are refused, with the place, before it sees them.
@Test(arguments: [
  ("[[[\n", 1, 3),
  ("[[ [x]]\n", 1, 4),
  ("id = \"test\"\n[[a]]\n  [[\t[b]]]\n", 3, 6),
  ("id = \"test\"\n[[[", 2, 3),
])
func tripleBracketHeaderIsRefusedNotFatal(text: String, line: Int, column: Int) throws {
  let error = try #require(throws: TOMLFileError.self) {
    try CareProtocol(toml: text, fileName: "p.toml")
  }
  #expect(error.line == line)
  #expect(error.column == column)
  #expect(error.message.contains("three brackets"))
}

/// Lines that only look alike are left to the parser, which reports them itself.
@Test(arguments: ["[a.[b]]\n", "a = [ [[ ] ]\n", "x = \"[[[\"\n"])
func bracketsElsewhereReachTheParser(text: String) throws {
  let error = try #require(throws: TOMLFileError.self) {
    try CareProtocol(toml: text, fileName: "p.toml")
  }
  #expect(!error.message.contains("three brackets"))
}
