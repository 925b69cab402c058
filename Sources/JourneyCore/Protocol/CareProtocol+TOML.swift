import TOMLKit

extension CareProtocol {
  /// Reads a protocol from the text of a TOML protocol file (see `Resources/cd19-sle.toml`).
  ///
  /// Strict on purpose: a centre edits this file by hand, and a typo must stop the program with
  /// a message, not change a schedule or a threshold without anyone noticing. Unknown keys,
  /// unknown names, missing or conflicting fields, repeated ids and out-of-range values are all
  /// errors that name the file, the table and the key.
  ///
  /// - Parameter fileName: how messages name the file (`cd19-sle.toml`).
  public init(toml text: String, fileName: String = "protocol") throws(TOMLFileError) {
    let top = try TOMLTableReader(parsing: text, file: fileName)
    try top.rejectUnknownKeys(allowed: TOMLKeys.topLevel)
    let id = try top.identifier("id")
    let name = try top.requiredString("name")
    let names = try top.translations("name")
    let daysPerMonth = try top.positiveInt("days-per-month") ?? 30
    guard daysPerMonth <= 31 else {
      throw top.error(
        "days-per-month",
        tr(
          "%1$s %2$s is outside %3$s–%4$s (%5$s)", "days-per-month", String(daysPerMonth), "1",
          "31", tr("the days of a month")))
    }
    let monthLabelsFromDay = try top.int("month-labels-from-day") ?? 90
    let acknowledgeMinutes = try top.positiveInt("acknowledge-urgent-within-minutes") ?? 15
    var acuteWindow = -5...28
    var checks: [Int] = []
    if let reader = try top.subtable("acute-window") {
      (acuteWindow, checks) = try CareProtocol.acuteWindow(reader)
    }

    let symptoms = try CareProtocol.each(top, "symptom", keys: TOMLKeys.symptom) {
      (reader, id) throws(TOMLFileError) in try CareProtocol.symptom(reader, id: id)
    }
    try CareProtocol.rejectRepeats(
      top, "symptom", symptoms.map { [("id", $0.id)] + $0.aliases.map { ("aliases", $0) } },
      what: tr("ids and aliases"))

    let milestones = try CareProtocol.each(top, "milestone", keys: TOMLKeys.milestone) {
      (reader, id) throws(TOMLFileError) in
      try CareProtocol.milestone(reader, id: id, daysPerMonth: daysPerMonth)
    }
    try CareProtocol.rejectRepeats(
      top, "milestone", milestones.map { [("id", $0.id)] }, what: tr("ids"))

    let labs = try CareProtocol.each(top, "lab", keys: TOMLKeys.lab) {
      (reader, id) throws(TOMLFileError) in try CareProtocol.lab(reader, id: id)
    }
    try CareProtocol.rejectRepeats(top, "lab", labs.map { [("id", $0.id)] }, what: tr("ids"))
    // Red flags name symptoms and labs, so both are read first.
    let vocabulary = CareProtocol(id: id, name: name, symptoms: symptoms, labs: labs)
    let redFlags = try CareProtocol.each(top, "red-flag", keys: TOMLKeys.redFlag) {
      (reader, id) throws(TOMLFileError) in
      try CareProtocol.redFlag(reader, id: id, vocabulary: vocabulary)
    }
    try CareProtocol.rejectRepeats(
      top, "red-flag", redFlags.map { [("id", $0.id)] }, what: tr("ids"))

    let remission: RemissionSettings
    if let reader = try top.subtable("remission") {
      remission = try CareProtocol.remission(reader)
    } else {
      remission = CareProtocol.shippedRemission
    }
    // A protocol file written before emergency numbers were kept takes the shipped protocol's.
    let emergency: EmergencySettings
    if let reader = try top.subtable("emergency") {
      emergency = try CareProtocol.emergency(reader)
    } else {
      emergency = CareProtocol.shippedEmergency
    }

    // A protocol file written before the condition was kept is for SLE, as every one then was.
    let condition: TreatedCondition
    if let reader = try top.subtable("condition") {
      condition = try CareProtocol.condition(reader)
    } else {
      condition = CareProtocol.shippedCondition
    }
    let centre = try top.string("centre")

    self.init(
      id: id, name: name, daysPerMonth: daysPerMonth, monthLabelsFromDay: monthLabelsFromDay,
      acuteWindow: acuteWindow, temperatureCheckMinutes: checks, milestones: milestones,
      symptoms: symptoms, redFlags: redFlags, labs: labs, remission: remission,
      emergency: emergency, condition: condition, centre: centre,
      acknowledgeUrgentWithinMinutes: acknowledgeMinutes)
    translatedNames = names
  }
}

// MARK: - Tables

extension CareProtocol {
  /// The keys each table may hold; anything else is a typo.
  enum TOMLKeys {
    static let topLevel =
      [
        "id", "name", "days-per-month", "month-labels-from-day", "acute-window", "milestone",
        "symptom", "red-flag", "lab", "remission", "emergency", "condition", "centre",
        "acknowledge-urgent-within-minutes",
      ] + TOMLTableReader.translationKeys("name")
    static let condition = ["label", "snomed"]
    static let acuteWindow = ["from-day", "to-day", "temperature-checks"]
    static let milestone =
      [
        "id", "phase", "title", "signer", "day", "month", "from", "days", "every-days",
        "every-months", "until-day", "until-month", "source", "applies-if",
      ] + TOMLTableReader.translationKeys("title") + TOMLTableReader.translationKeys("source")
      + TOMLTableReader.translationKeys("applies-if")
    static let symptom =
      ["id", "label", "group", "aliases", "scale"] + TOMLTableReader.translationKeys("label")
    static let lab =
      [
        "id", "label", "unit", "low", "high", "plausible-low", "plausible-high",
        "alternative-units",
        "loinc", "without-unit-at-least", "without-unit-at-most",
      ] + TOMLTableReader.translationKeys("label")
    static let alternativeUnit = ["unit", "times", "divide-by"]
    static let remission = [
      "doris-prednisolone-max-mg", "doris-pga-below", "glucocorticoids",
      "glucocorticoids-without-factor", "not-systemic", "antimalarials",
      "drug-free-allows-antimalarials",
    ]
    static let glucocorticoid = ["name", "factor"]
    static let redFlag =
      [
        "id", "level", "measure", "at-least", "below", "at-most", "masked-by", "within-hours",
        "symptoms", "any-symptom", "min-severity", "persisting-days", "missing", "by", "lab",
        "rise-from-first-percent", "rising", "rise-percent", "rise-step", "returned-above", "unit",
        "phases", "from-day", "to-day", "from-phase", "until-phase", "extend-while-lab",
        "extend-while-at-most", "message", "source", "home-neuro-check",
      ] + TOMLTableReader.translationKeys("message")
    static let emergency = ["region", "numbers"]
    static let emergencyNumber = ["region", "number"]
  }

  /// Reads every `[[kind]]` table in order. Each gets a reader that names it `kind "id"` (or
  /// `kind #N` while it has no usable id); its keys are checked against `keys` and its `id` is
  /// read before `read` sees the rest.
  static func each<Value>(
    _ top: TOMLTableReader, _ kind: String, keys: [String],
    _ read: (TOMLTableReader, String) throws(TOMLFileError) -> Value
  ) throws(TOMLFileError) -> [Value] {
    var values: [Value] = []
    for (index, table) in try top.tables(kind).enumerated() {
      let place = table["id"]?.string.map { "\(kind) \"\($0)\"" } ?? "\(kind) #\(index + 1)"
      let reader = top.reader(for: table, place: place)
      try reader.rejectUnknownKeys(allowed: keys)
      values.append(try read(reader, try reader.identifier("id")))
    }
    return values
  }

  /// Refuses a name used twice among tables of one kind. `names[i]` lists the (key, name) pairs
  /// table `i` claims; names are compared as the command line folds what is typed.
  static func rejectRepeats(
    _ top: TOMLTableReader, _ kind: String, _ names: [[(key: String, name: String)]],
    what: String
  ) throws(TOMLFileError) {
    var owners: [String: Int] = [:]
    for (index, claims) in names.enumerated() {
      let id = claims.first?.name ?? ""
      for claim in claims {
        let folded = SymptomDefinition.lookupKey(claim.name)
        if let owner = owners[folded] {
          let first = names[owner].first?.name ?? ""
          let word =
            claim.key == "id" ? tr("id", context: "file value") : tr("alias", context: "file value")
          throw TOMLFileError(
            file: top.file, table: "\(kind) \"\(id)\"", key: claim.key,
            reason: owner == index
              ? tr(
                "%1$s \"%2$s\" is already used by this %3$s; %4$s must be unique", word,
                claim.name, kind, what)
              : tr(
                "%1$s \"%2$s\" is already used by %3$s #%4$s (\"%5$s\"); %6$s must be unique",
                word, claim.name, kind, String(owner + 1), first, what))
        }
        owners[folded] = index
      }
    }
  }

  static func acuteWindow(
    _ reader: TOMLTableReader
  ) throws(TOMLFileError) -> (ClosedRange<Int>, [Int]) {
    try reader.rejectUnknownKeys(allowed: TOMLKeys.acuteWindow)
    let days = try dayRange(reader, required: true) ?? -5...28
    var minutes: [Int] = []
    for text in try reader.strings("temperature-checks") ?? [] {
      let minute = try reader.minutesOfDay(text, key: "temperature-checks")
      guard !minutes.contains(minute) else {
        throw reader.error(
          "temperature-checks", tr("%1$s lists \"%2$s\" twice", "temperature-checks", text))
      }
      minutes.append(minute)
    }
    return (days, minutes.sorted())
  }

  /// `from-day` and `to-day` (relative to Day 0, inclusive), both or neither.
  static func dayRange(
    _ reader: TOMLTableReader, required: Bool
  ) throws(TOMLFileError) -> ClosedRange<Int>? {
    let from = try reader.int("from-day")
    let to = try reader.int("to-day")
    switch (from, to) {
    case (nil, nil) where !required:
      return nil
    case (let from?, let to?):
      guard from <= to else { throw dayOrder(reader, from: from, to: to) }
      return from...to
    case (nil, _):
      throw reader.error(
        "from-day", tr("%s is missing; give from-day and to-day together", "from-day"))
    case (_, nil):
      throw reader.error(
        "to-day", tr("%s is missing; give from-day and to-day together", "to-day"))
    }
  }

  /// The error for a `from-day` after its `to-day`.
  static func dayOrder(_ reader: TOMLTableReader, from: Int, to: Int) -> TOMLFileError {
    reader.error(
      "from-day", tr("from-day %1$s is after to-day %2$s", String(from), String(to)))
  }

  static func symptom(
    _ reader: TOMLTableReader, id: String
  ) throws(TOMLFileError) -> SymptomDefinition {
    let label = try reader.requiredString("label")
    let group: SymptomDefinition.Group = try reader.requiredChoice("group", noun: "group")
    let aliases = try reader.strings("aliases") ?? []
    for alias in aliases where !TOMLTableReader.isIdentifier(SymptomDefinition.lookupKey(alias)) {
      throw reader.error(
        "aliases",
        tr("alias \"%s\" may hold only letters, digits, spaces and hyphens", alias))
    }
    let scale: SymptomDefinition.Scale = try reader.choice("scale", noun: "scale") ?? .severity
    var symptom = SymptomDefinition(
      id: id, label: label, group: group, aliases: aliases, scale: scale)
    symptom.translatedLabels = try reader.translations("label")
    return symptom
  }
}

// MARK: - Labs and remission

extension CareProtocol {
  static func lab(_ reader: TOMLTableReader, id: String) throws(TOMLFileError) -> LabDefinition {
    let label = try reader.requiredString("label")
    let unit = try reader.requiredString("unit")
    let plausibleLow = try reader.required("plausible-low", reader.number)
    let plausibleHigh = try reader.required("plausible-high", reader.number)
    guard plausibleLow >= 0 else {
      throw reader.error(
        "plausible-low", tr("plausible-low must be 0 or more, not %s", plausibleLow.plainText))
    }
    guard plausibleLow < plausibleHigh else {
      throw reader.error(
        "plausible-high",
        tr(
          "plausible-high %1$s must be above plausible-low %2$s", plausibleHigh.plainText,
          plausibleLow.plainText))
    }
    let plausible = plausibleLow...plausibleHigh
    let low = try reader.number("low")
    let high = try reader.number("high")
    for (key, value) in [("low", low), ("high", high)] {
      if let value, !plausible.contains(value) {
        throw reader.error(
          key,
          tr(
            "%1$s %2$s is outside the plausible range %3$s–%4$s %5$s; is it in another unit?",
            key, value.plainText, plausibleLow.plainText, plausibleHigh.plainText, unit))
      }
    }
    if let low, let high, low >= high {
      throw reader.error(
        "high", tr("high %1$s must be above low %2$s", high.plainText, low.plainText))
    }
    var alternatives: [LabDefinition.AlternativeUnit] = []
    for (index, table) in try reader.tables("alternative-units").enumerated() {
      let sub = reader.reader(
        for: table, place: "\(reader.place ?? "lab") alternative-units #\(index + 1)")
      try sub.rejectUnknownKeys(allowed: TOMLKeys.alternativeUnit)
      let name = try sub.requiredString("unit")
      let forms = sub.present(["times", "divide-by"])
      guard forms.count == 1 else {
        throw sub.error(
          forms.last ?? "times",
          tr(
            "give one of times = X (value in %1$s × X = value in %2$s) or divide-by = X", name,
            unit))
      }
      let number = try sub.number(forms[0]) ?? 0
      guard number > 0 else { throw sub.error(forms[0], tr("%s must be above 0", forms[0])) }
      let taken = [unit] + alternatives.map(\.unit)
      guard !taken.contains(where: { LabDefinition.unitKey($0) == LabDefinition.unitKey(name) })
      else {
        throw sub.error("unit", tr("unit \"%s\" is listed twice for this lab", name))
      }
      alternatives.append(
        LabDefinition.AlternativeUnit(
          unit: name, factor: forms[0] == "times" ? number : 1 / number))
    }
    let loinc = try reader.string("loinc")
    if let loinc, !LabDefinition.isLOINC(loinc) {
      throw reader.error(
        "loinc",
        tr(
          "loinc \"%s\" is not a LOINC code: digits, a hyphen and the check digit they give "
            + "(2160-0); check it at loinc.org", loinc))
    }
    let withoutUnit = try reader.number("without-unit-at-least")
    if let withoutUnit, !(withoutUnit > 0 && plausible.contains(withoutUnit)) {
      throw reader.error(
        "without-unit-at-least",
        tr(
          "without-unit-at-least %1$s must be above 0 and plausible in %2$s",
          withoutUnit.plainText, unit))
    }
    if withoutUnit != nil, alternatives.isEmpty {
      throw noAlternativeUnits(reader, "without-unit-at-least")
    }
    var lab = LabDefinition(
      id: id, label: label, unit: unit, low: low, high: high, plausible: plausible,
      alternatives: alternatives, loinc: loinc, withoutUnitAtLeast: withoutUnit)
    lab.translatedLabels = try reader.translations("label")
    lab.withoutUnitAtMost = try reader.number("without-unit-at-most")
    if let most = lab.withoutUnitAtMost {
      guard most > 0, plausible.contains(most), most > (withoutUnit ?? 0) else {
        throw reader.error(
          "without-unit-at-most",
          tr(
            "without-unit-at-most %1$s must be above 0, above without-unit-at-least and "
              + "plausible in %2$s", most.plainText, unit))
      }
      guard !alternatives.isEmpty else { throw noAlternativeUnits(reader, "without-unit-at-most") }
    }
    return lab
  }

  /// The error for `key`, a reading without its unit, in a lab that has no other unit to type.
  static func noAlternativeUnits(_ reader: TOMLTableReader, _ key: String) -> TOMLFileError {
    reader.error(
      key, tr("%s asks for a unit, but this lab has no alternative-units to type", key))
  }

  static func remission(_ reader: TOMLTableReader) throws(TOMLFileError) -> RemissionSettings {
    try reader.rejectUnknownKeys(allowed: TOMLKeys.remission)
    var settings = RemissionSettings()
    if let mg = try reader.number("doris-prednisolone-max-mg") {
      guard (0...100).contains(mg) else {
        throw reader.error(
          "doris-prednisolone-max-mg",
          tr("doris-prednisolone-max-mg %s is outside 0–100 mg/day", mg.plainText))
      }
      settings.prednisoloneMaxMg = mg
    }
    if let pga = try reader.number("doris-pga-below") {
      guard pga > 0, pga <= 3 else {
        throw reader.error(
          "doris-pga-below",
          tr(
            "doris-pga-below %s is outside the physician global scale (above 0, up to 3)",
            pga.plainText))
      }
      settings.physicianGlobalBelow = pga
    }
    // A protocol file written before these lists were kept takes the shipped protocol's.
    let hasLists = ["glucocorticoids", "antimalarials"].contains(where: reader.has)
    let shipped = hasLists ? settings : CareProtocol.shippedRemission
    settings.glucocorticoids = shipped.glucocorticoids
    settings.glucocorticoidsWithoutFactor = shipped.glucocorticoidsWithoutFactor
    settings.notSystemic = shipped.notSystemic
    settings.antimalarials = shipped.antimalarials
    if reader.has("glucocorticoids") {
      settings.glucocorticoids = []
      for (index, table) in try reader.tables("glucocorticoids").enumerated() {
        let sub = reader.reader(for: table, place: "[remission] glucocorticoids #\(index + 1)")
        try sub.rejectUnknownKeys(allowed: TOMLKeys.glucocorticoid)
        let name = try sub.requiredString("name")
        let factor = try sub.required("factor", sub.number)
        guard factor > 0, factor <= 100 else {
          throw sub.error(
            "factor",
            tr(
              "factor %s is outside 0–100 (mg x factor = mg prednisolone)", factor.plainText))
        }
        let listed = settings.glucocorticoids.map { $0.name.lowercased() }
        guard !listed.contains(name.lowercased()) else {
          throw sub.error("name", tr("%s is listed twice", name))
        }
        settings.glucocorticoids.append(.init(name: name, factor: factor))
      }
    }
    for key in ["glucocorticoids-without-factor", "not-systemic", "antimalarials"] {
      guard let list = try reader.strings(key) else { continue }
      guard !list.contains(where: { $0.allSatisfy(\.isWhitespace) }) else {
        throw reader.error(key, tr("%s holds an empty name", key))
      }
      switch key {
      case "glucocorticoids-without-factor": settings.glucocorticoidsWithoutFactor = list
      case "not-systemic": settings.notSystemic = list
      default: settings.antimalarials = list
      }
    }
    if let allows = try reader.bool("drug-free-allows-antimalarials") {
      settings.drugFreeAllowsAntimalarials = allows
    }
    return settings
  }

  /// The shipped protocol's remission settings, for a protocol file written before the
  /// glucocorticoid and antimalarial lists were kept.
  static let shippedRemission: RemissionSettings =
    ((try? builtIn(named: "cd19-sle")) ?? nil)?.remission ?? RemissionSettings()
}

// MARK: - Emergency numbers

extension CareProtocol {
  /// `[emergency]`: `region` (the default) and `numbers = [{ region = "EU", number = "112" }]`.
  static func emergency(_ reader: TOMLTableReader) throws(TOMLFileError) -> EmergencySettings {
    try reader.rejectUnknownKeys(allowed: TOMLKeys.emergency)
    let region = try reader.requiredString("region")
    var numbers: [EmergencySettings.Number] = []
    for (index, table) in try reader.tables("numbers").enumerated() {
      let sub = reader.reader(for: table, place: "[emergency] numbers #\(index + 1)")
      try sub.rejectUnknownKeys(allowed: TOMLKeys.emergencyNumber)
      let name = try sub.requiredString("region")
      let number = try sub.requiredString("number")
      guard number.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" || $0 == "-" }) else {
        throw sub.error(
          "number", tr("number \"%s\" may hold only digits, spaces, + and -", number))
      }
      guard !numbers.contains(where: { $0.region.lowercased() == name.lowercased() }) else {
        throw sub.error("region", tr("region \"%s\" is listed twice", name))
      }
      numbers.append(EmergencySettings.Number(region: name, number: number))
    }
    let settings = EmergencySettings(region: region, numbers: numbers)
    guard settings.defaultNumber != nil else {
      throw reader.error(
        "region",
        tr(
          "region \"%1$s\" has no number in numbers (regions: %2$s)", region,
          numbers.map(\.region).joined(separator: ", ")))
    }
    return settings
  }

  static func condition(_ reader: TOMLTableReader) throws(TOMLFileError) -> TreatedCondition {
    try reader.rejectUnknownKeys(allowed: TOMLKeys.condition)
    let label = try reader.requiredString("label")
    let snomed = try reader.string("snomed")
    if let snomed, !TreatedCondition.isSNOMEDConcept(snomed) {
      throw reader.error(
        "snomed",
        tr("snomed \"%s\" is not a SNOMED CT concept id (6 to 18 digits: 55464009)", snomed))
    }
    return TreatedCondition(label: label, snomed: snomed)
  }

  /// The shipped protocol's condition, for a protocol file written before it was kept.
  static let shippedCondition: TreatedCondition =
    ((try? builtIn(named: "cd19-sle")) ?? nil)?.condition
    ?? TreatedCondition(label: "Systemic lupus erythematosus")

  /// The shipped protocol's emergency numbers, for a protocol file written before they were
  /// kept; an empty list (alerts then say "your local emergency number") only if the shipped
  /// file could not be read, which the tests rule out.
  static let shippedEmergency: EmergencySettings =
    ((try? builtIn(named: "cd19-sle")) ?? nil)?.emergency
    ?? EmergencySettings(region: "", numbers: [])
}

// MARK: - Milestones

extension CareProtocol {
  static func milestone(
    _ reader: TOMLTableReader, id: String, daysPerMonth: Int
  ) throws(TOMLFileError) -> MilestoneRule {
    let phase: Phase = try reader.requiredChoice("phase", noun: "phase")
    let title = try reader.requiredString("title")
    let signer: Signer = try reader.requiredChoice("signer", noun: "signer")
    let source = try reader.string("source")
    let appliesIf = try reader.string("applies-if")
    if let appliesIf, appliesIf.allSatisfy(\.isWhitespace) {
      throw reader.error(
        "applies-if",
        tr("applies-if is empty; say when the milestone applies, or leave it out"))
    }

    let (anchor, offset) = try due(reader, daysPerMonth: daysPerMonth)
    let every = try oneOf(reader, days: "every-days", months: "every-months", daysPerMonth)
    let until = try oneOf(reader, days: "until-day", months: "until-month", daysPerMonth)
    if let every, every.days <= 0 {
      throw reader.error(every.key, tr("%s must be 1 or more", every.key))
    }
    if let until {
      guard every != nil else {
        throw reader.error(
          until.key, tr("%s ends a repeat, so it needs every-days or every-months", until.key))
      }
      guard until.days >= offset else {
        throw reader.error(
          until.key,
          tr(
            "%1$s ends the repeat on day %2$s, before the first due day %3$s", until.key,
            String(until.days), String(offset)))
      }
    }
    var milestone = MilestoneRule(
      id: id, phase: phase, title: title, anchor: anchor, offsetDays: offset,
      repeatEveryDays: every?.days, repeatUntilDays: until?.days, signer: signer, source: source,
      appliesIf: appliesIf)
    milestone.translatedTitles = try reader.translations("title")
    milestone.translatedSources = try reader.translations("source", of: source)
    milestone.translatedConditions = try reader.translations("applies-if", of: appliesIf)
    return milestone
  }

  /// The due date: exactly one of `day`, `month`, or `from` (with an optional `days`).
  static func due(
    _ reader: TOMLTableReader, daysPerMonth: Int
  ) throws(TOMLFileError) -> (MilestoneRule.Anchor, Int) {
    let forms = reader.present(["day", "month", "from"])
    guard forms.count == 1 else {
      if forms.isEmpty {
        throw reader.error(
          nil,
          tr("no due date: give one of day = N, month = N, or from = \"PHASE\" (with days = N)"))
      }
      throw reader.error(
        forms[1],
        tr(
          "give one due date, not both %1$s and %2$s (one of day, month, from)", forms[0],
          forms[1]))
    }
    if forms[0] != "from", reader.has("days") {
      throw reader.error(
        "days",
        tr(
          "days counts from a phase start and goes only with from = \"PHASE\"; "
            + "for Day N write day = N"))
    }
    switch forms[0] {
    case "day":
      return (.dayZero, try reader.requiredInt("day"))
    case "month":
      return (.dayZero, (try months(reader, "month") ?? 0) * daysPerMonth)
    default:
      let phase: Phase = try reader.requiredChoice("from", noun: "phase")
      return (.phaseStart(phase), try reader.int("days") ?? 0)
    }
  }

  /// A count of days given either in days or in months (`every-days` / `every-months`).
  static func oneOf(
    _ reader: TOMLTableReader, days daysKey: String, months monthsKey: String,
    _ daysPerMonth: Int
  ) throws(TOMLFileError) -> (key: String, days: Int)? {
    if reader.has(daysKey), reader.has(monthsKey) {
      throw reader.error(monthsKey, tr("give %1$s or %2$s, not both", daysKey, monthsKey))
    }
    if let days = try reader.int(daysKey) { return (daysKey, days) }
    if let months = try months(reader, monthsKey) { return (monthsKey, months * daysPerMonth) }
    return nil
  }

  /// A count of months: a hundred years at most, so that in days it stays within the bound on
  /// days (``TOMLTableReader/largestWhole``).
  static func months(_ reader: TOMLTableReader, _ key: String) throws(TOMLFileError) -> Int? {
    try reader.int(key, in: -1200...1200, meaning: tr("a hundred years in months"))
  }
}

// MARK: - Red flags

extension CareProtocol {
  static func redFlag(
    _ reader: TOMLTableReader, id: String, vocabulary: CareProtocol
  ) throws(TOMLFileError) -> RedFlagRule {
    let level: RedFlagRule.Level = try reader.requiredChoice("level", noun: "level")
    let condition = try redFlagCondition(reader, vocabulary: vocabulary)
    let window = try ruleWindow(reader, vocabulary: vocabulary)
    var persisting: Int?
    if let days = try reader.int("persisting-days") {
      guard case .symptom = condition else {
        throw reader.error(
          "persisting-days", tr("persisting-days goes with symptoms or any-symptom"))
      }
      guard (1...3650).contains(days) else {
        throw reader.error(
          "persisting-days",
          tr("%1$s %2$s is outside %3$s–%4$s", "persisting-days", String(days), "1", "3650"))
      }
      persisting = days
    }
    var masking: RedFlagRule.Masking?
    if let medicines = try reader.strings("masked-by") {
      guard case .measure = condition else {
        throw reader.error("masked-by", tr("masked-by goes with measure"))
      }
      guard !medicines.isEmpty, !medicines.contains(where: { $0.allSatisfy(\.isWhitespace) }) else {
        throw reader.error("masked-by", tr("masked-by lists the medicines: name at least one"))
      }
      guard let hours = try reader.int("within-hours") else {
        throw reader.error("within-hours", tr("masked-by needs within-hours = N (1–72)"))
      }
      guard (1...72).contains(hours) else {
        throw reader.error(
          "within-hours",
          tr("%1$s %2$s is outside %3$s–%4$s", "within-hours", String(hours), "1", "72"))
      }
      masking = RedFlagRule.Masking(medicines: medicines, withinHours: hours)
    } else if reader.has("within-hours") {
      throw reader.error("within-hours", tr("within-hours goes with masked-by"))
    }
    let message = try reader.requiredString("message")
    let source = try reader.string("source")
    var rule = RedFlagRule(
      id: id, level: level, condition: condition, window: window, persistingDays: persisting,
      masking: masking, message: message, source: source)
    rule.translatedMessages = try reader.translations("message")
    return rule
  }

  /// The days a rule applies on: `from-day`, `to-day` (relative to Day 0), `from-phase`,
  /// `until-phase`, `extend-while-lab` with `extend-while-at-most`, and `phases` (old files).
  static func ruleWindow(
    _ reader: TOMLTableReader, vocabulary: CareProtocol
  ) throws(TOMLFileError) -> RuleWindow {
    var window = RuleWindow()
    window.fromDay = try reader.int("from-day")
    window.toDay = try reader.int("to-day")
    if let from = window.fromDay, let to = window.toDay, from > to {
      throw dayOrder(reader, from: from, to: to)
    }
    for key in ["from-phase", "until-phase"] {
      guard let name = try reader.string(key) else { continue }
      let phase: Phase = try reader.parseChoice(name, key: key, noun: "phase")
      guard !phase.isEnd else {
        throw reader.error(
          key,
          tr(
            "%1$s \"%2$s\" ends the journey; rules go on after the end, so name a phase "
              + "a patient goes through", key, name))
      }
      if key == "from-phase" { window.fromPhase = phase } else { window.untilPhase = phase }
    }
    if let name = try reader.string("extend-while-lab") {
      guard let lab = vocabulary.lab(named: name) else {
        throw reader.error(
          "extend-while-lab",
          tr(
            "extend-while-lab \"%s\" is not a lab of this protocol "
              + "(labs are defined in [[lab]] tables)", name))
      }
      guard let ceiling = try reader.number("extend-while-at-most") else {
        throw reader.error(
          "extend-while-at-most",
          tr(
            "extend-while-lab needs extend-while-at-most = X (in %1$s): the window goes on "
              + "while the latest %2$s value is at or below X", lab.unit, lab.id))
      }
      guard lab.plausible.contains(ceiling) else {
        throw reader.error(
          "extend-while-at-most",
          tr(
            "extend-while-at-most %1$s is not a plausible %2$s value in %3$s",
            ceiling.plainText, lab.id, lab.unit))
      }
      guard window.toDay != nil || window.untilPhase != nil else {
        throw reader.error(
          "extend-while-lab",
          tr("extend-while-lab extends a window past its end: give to-day or until-phase too"))
      }
      window.extendWhile = RuleWindow.LabCeiling(lab: lab.id, atMost: ceiling)
    } else if reader.has("extend-while-at-most") {
      throw reader.error(
        "extend-while-at-most", tr("extend-while-at-most goes with extend-while-lab"))
    }
    if let names = try reader.strings("phases") {
      guard !names.isEmpty else {
        throw reader.error(
          "phases", tr("phases is empty; leave it out to apply in every phase"))
      }
      for name in names {
        window.phases.insert(try reader.parseChoice(name, key: "phases", noun: "phase"))
      }
    }
    return window
  }

  /// The condition keys and the keys that go with each.
  static let conditionPartners: [(form: String, partners: [String])] = [
    ("measure", ["at-least", "below", "at-most", "masked-by", "within-hours"]),
    ("symptoms", ["min-severity", "persisting-days"]),
    ("any-symptom", ["min-severity", "persisting-days"]),
    ("missing", ["by"]),
    ("home-neuro-check", []),
    (
      "lab",
      [
        "at-most", "below", "at-least", "rise-from-first-percent", "rising", "rise-percent",
        "rise-step", "returned-above", "unit",
      ]
    ),
  ]

  /// Every key that goes with a condition key.
  static let partnerKeys = [
    "at-least", "below", "at-most", "masked-by", "within-hours", "min-severity",
    "persisting-days", "by", "rise-from-first-percent", "rising", "rise-percent", "rise-step",
    "returned-above", "unit",
  ]

  static func redFlagCondition(
    _ reader: TOMLTableReader, vocabulary: CareProtocol
  ) throws(TOMLFileError) -> RedFlagRule.Condition {
    let forms = reader.present(conditionPartners.map(\.form))
    guard forms.count == 1 else {
      if forms.isEmpty {
        throw reader.error(
          nil,
          tr(
            "no condition: give one of measure (with at-least, below or at-most), symptoms or "
              + "any-symptom (with min-severity), missing (with by), lab (with at-most, below, "
              + "rise-from-first-percent, rising or returned-above), or "
              + "home-neuro-check = \"worse-than-first\""))
      }
      throw reader.error(
        forms[1], tr("give one condition, not both %1$s and %2$s", forms[0], forms[1]))
    }
    let form = forms[0]
    let mine = conditionPartners.first { $0.form == form }?.partners ?? []
    for key in partnerKeys
    where reader.has(key) && !mine.contains(key) {
      let owners = conditionPartners.filter { $0.partners.contains(key) }.map(\.form)
      throw reader.error(
        key,
        tr(
          "%1$s goes with %2$s, not with %3$s", key,
          owners.joined(separator: tr(" or ", context: "list")), form))
    }

    switch form {
    case "measure":
      let measure: Measure = try reader.requiredChoice("measure", noun: "measure")
      return .measure(measure, try measureBounds(reader, measure: measure))

    case "symptoms":
      let names = try reader.strings("symptoms") ?? []
      guard !names.isEmpty else {
        throw reader.error(
          "symptoms", tr("symptoms is empty; name at least one, or use any-symptom = true"))
      }
      var ids: [String] = []
      for name in names {
        guard let symptom = vocabulary.symptom(named: name) else {
          var reason = tr("symptoms: \"%s\" is not a symptom of this protocol", name)
          let close = vocabulary.closestSymptoms(to: name)
          if !close.isEmpty {
            reason += tr("; did you mean: %s?", close.joined(separator: ", "))
          }
          throw reader.error(
            "symptoms", reason + tr(" (symptoms are defined in [[symptom]] tables)"))
        }
        if !ids.contains(symptom.id) { ids.append(symptom.id) }
      }
      let minSeverity = try severity(reader)
      // A symptom logged only as happened is stored as severity 1: a higher minimum never fires.
      if minSeverity > 1,
        let present = ids.first(where: { vocabulary.symptom(named: $0)?.scale == .present })
      {
        throw reader.error(
          "min-severity",
          tr(
            "min-severity %1$s can never be met by \"%2$s\", which is logged only as happened "
              + "(scale = \"present\"); use min-severity = 1", String(minSeverity), present))
      }
      return .symptom(names: ids, minSeverity: minSeverity)

    case "any-symptom":
      guard try reader.bool("any-symptom") == true else {
        throw reader.error(
          "any-symptom",
          tr("any-symptom can only be true; to name symptoms use symptoms = [...]"))
      }
      return .symptom(names: [], minSeverity: try severity(reader))

    case "lab":
      return try labCondition(reader, vocabulary: vocabulary)

    case "home-neuro-check":
      guard try reader.string("home-neuro-check") == "worse-than-first" else {
        throw reader.error(
          "home-neuro-check",
          tr(
            "home-neuro-check can only be \"worse-than-first\" (an answer worse than the "
              + "patient's first check in the rule's days)"))
      }
      return .homeNeuroCheck

    default:
      let measure: Measure = try reader.requiredChoice("missing", noun: "measure")
      guard let time = try reader.string("by") else {
        throw reader.error(
          "by", tr("missing needs by = \"HH:MM\", the time of day it is due by"))
      }
      return .missing(measure, byMinute: try reader.minutesOfDay(time, key: "by"))
    }
  }

  /// `at-least`, and one of `below` or `at-most`: either side alone, or both for a band.
  static func measureBounds(
    _ reader: TOMLTableReader, measure: Measure
  ) throws(TOMLFileError) -> ReadingBounds {
    let given = reader.present(["at-least", "below", "at-most"])
    guard !given.isEmpty else {
      throw reader.error(
        "measure",
        tr(
          "measure needs at-least = X, below = X or at-most = X (or at-least with one "
            + "of the others, for a band)"))
    }
    if given.contains("below"), given.contains("at-most") {
      throw reader.error("at-most", tr("give below or at-most, not both"))
    }
    var bounds = ReadingBounds()
    for key in given {
      let value = try reader.number(key) ?? 0
      try checkPlausible(value, of: measure, key: key, reader)
      switch key {
      case "at-least": bounds.atLeast = value
      case "below": bounds.below = value
      default: bounds.atMost = value
      }
    }
    if let low = bounds.atLeast, let high = bounds.below ?? bounds.atMost, low >= high {
      let upper = given.contains("below") ? "below" : "at-most"
      throw reader.error(
        upper,
        tr(
          "%1$s %2$s must be above at-least %3$s for a band", upper, high.plainText,
          low.plainText))
    }
    return bounds
  }

  /// `lab = "ID"` with exactly one test; `unit` states the unit of an at-most, below,
  /// at-least or returned-above threshold, converted to the lab's protocol unit.
  static func labCondition(
    _ reader: TOMLTableReader, vocabulary: CareProtocol
  ) throws(TOMLFileError) -> RedFlagRule.Condition {
    guard let name = try reader.string("lab") else {
      throw reader.error("lab", tr("lab must be the id of a [[lab]] table"))
    }
    guard let lab = vocabulary.lab(named: name) else {
      let known = vocabulary.labs.map(\.id).joined(separator: ", ")
      throw reader.error(
        "lab",
        known.isEmpty
          ? tr(
            "lab \"%s\" is not a lab of this protocol (labs are defined in [[lab]] tables)", name)
          : tr(
            "lab \"%1$s\" is not a lab of this protocol (labs are defined in [[lab]] tables; "
              + "known: %2$s)", name, known))
    }
    var tests = ["at-most", "below", "rise-from-first-percent", "rising", "returned-above"]
    var given = reader.present(tests)
    if reader.has("at-least") {
      guard given == ["below"] else {
        throw reader.error(
          "at-least", tr("at-least goes with below for a band (at-least = X, below = Y)"))
      }
      tests.append("at-least")
      given = ["at-least"]
    }
    guard given.count == 1 else {
      if given.isEmpty {
        throw reader.error(
          "lab",
          tr(
            "lab needs one of at-most = X, below = X, at-least = X with below = Y, "
              + "rise-from-first-percent = P, rising = true or returned-above = X"))
      }
      throw reader.error(
        given[1], tr("give one lab test, not both %1$s and %2$s", given[0], given[1]))
    }
    let key = given[0]
    if key != "rising" {
      for extra in ["rise-percent", "rise-step"] where reader.has(extra) {
        throw reader.error(extra, tr("%s goes with rising = true", extra))
      }
    }
    if key == "rising" || key == "rise-from-first-percent", reader.has("unit") {
      throw reader.error(
        "unit", tr("unit goes with at-most, below, at-least or returned-above, not with %s", key))
    }
    /// A threshold in the lab's unit (converted from `unit` when given), within the plausible
    /// range.
    func threshold(_ key: String) throws(TOMLFileError) -> Double {
      var value = try reader.number(key) ?? 0
      var stated = lab.unit
      if let unit = try reader.string("unit") {
        guard let factor = lab.factor(forUnit: unit) else {
          let units = ([lab.unit] + lab.alternatives.map(\.unit)).joined(separator: ", ")
          throw reader.error(
            "unit",
            tr("unit \"%1$s\" is not a unit of lab \"%2$s\" (one of: %3$s)", unit, lab.id, units))
        }
        value *= factor
        stated = unit
      }
      guard lab.plausible.contains(value) else {
        throw reader.error(
          key,
          tr(
            "%1$s %2$s %3$s is not a plausible %4$s value (%5$s–%6$s %7$s); threshold read in "
              + "%8$s", key, value.plainText, lab.unit, lab.id,
            lab.plausible.lowerBound.plainText, lab.plausible.upperBound.plainText, lab.unit,
            stated))
      }
      return value
    }
    switch key {
    case "rising":
      guard try reader.bool("rising") == true else {
        throw reader.error("rising", tr("rising can only be true"))
      }
      let percent = try reader.number("rise-percent")
      let step = try reader.number("rise-step")
      if percent == nil, step == nil { return .lab(lab.id, .rising) }
      if let percent, !(percent > 0 && percent <= 1000) {
        throw reader.error(
          "rise-percent",
          tr(
            "rise-percent %s is outside 0–1000 (25 means a rise of a quarter of the previous "
              + "value)", percent.plainText))
      }
      if let step, !(step > 0 && step <= lab.plausible.upperBound) {
        throw reader.error(
          "rise-step",
          tr(
            "rise-step %1$s must be above 0 and a plausible step in %2$s", step.plainText,
            lab.unit))
      }
      return .lab(lab.id, .risingBy(percent: percent ?? 0, step: step ?? 0))
    case "rise-from-first-percent":
      let percent = try reader.number(key) ?? 0
      guard percent > 0, percent <= 1000 else {
        throw reader.error(
          key,
          tr(
            "%1$s %2$s is outside 0–1000 (50 means 150 %% of the first value)", key,
            percent.plainText))
      }
      return .lab(lab.id, .riseFromFirstPercent(percent))
    case "at-least":
      let low = try threshold("at-least")
      let high = try threshold("below")
      guard low < high else {
        throw reader.error("below", tr("below must be above at-least for a band"))
      }
      return .lab(lab.id, .band(atLeast: low, below: high))
    case "at-most": return .lab(lab.id, .atMost(try threshold(key)))
    case "below": return .lab(lab.id, .below(try threshold(key)))
    default: return .lab(lab.id, .returnedAbove(try threshold(key)))
    }
  }

  /// `min-severity`: required, 0–4 as PRO-CTCAE scores severity.
  static func severity(_ reader: TOMLTableReader) throws(TOMLFileError) -> Int {
    guard let value = try reader.int("min-severity") else {
      throw reader.error("min-severity", tr("min-severity is missing (0–4)"))
    }
    guard (0...4).contains(value) else {
      throw reader.error(
        "min-severity",
        tr(
          "min-severity %s is outside 0–4 "
            + "(PRO-CTCAE: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe)", String(value)))
    }
    return value
  }

  /// Refuses thresholds no reading could reach in the unit the app logs: catches a
  /// temperature in °F (100.4) or a fraction for a percentage (0.92), which would never fire.
  static func checkPlausible(
    _ value: Double, of measure: Measure, key: String, _ reader: TOMLTableReader
  ) throws(TOMLFileError) {
    let (range, unit): (ClosedRange<Double>, String) =
      switch measure {
      case .temperature: (30...45, "°C")
      case .heartRate: (20...250, tr("beats per minute"))
      case .systolic: (40...300, "mmHg")
      case .diastolic: (20...200, "mmHg")
      case .spo2: (50...100, "%")
      case .weight: (1...500, "kg")
      }
    guard range.contains(value) else {
      let low = range.lowerBound.plainText
      let high = range.upperBound.plainText
      throw reader.error(
        key,
        tr(
          "%1$s %2$s is not a plausible %3$s in %4$s (%5$s–%6$s)", key, value.plainText,
          measure.rawValue, unit, low, high))
    }
    // Readings are shown to at most two decimals and thresholds in words to one, in °C or °F;
    // a threshold on a whole tenth of a degree is judged exactly as it is shown in either unit.
    if measure == .temperature, abs((value * 10).rounded() - value * 10) > 1e-6 {
      throw reader.error(
        key,
        tr(
          "%1$s %2$s °C: give temperature thresholds in whole tenths of a degree (e.g. 38.0 or "
            + "37.5), so what is shown and what is judged agree", key, value.plainText))
    }
  }
}

extension Double {
  /// `38`, `38.5`: whole numbers without a trailing `.0`.
  fileprivate var plainText: String {
    rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
  }
}
