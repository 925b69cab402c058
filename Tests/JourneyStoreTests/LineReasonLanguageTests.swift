import JourneyCore
import Testing

@testable import JourneyStore

/// Why a stored line cannot be read, and why the journey refused an event, as `verify` lists
/// them: in the language of the run, each problem read whole, with the line's own words (field
/// names, entry types) kept as they are spelt in the file.
@Suite("Unreadable lines and refused events in verify's problems, in each language")
struct LineReasonLanguageTests {
  static let dayFile = "days/2026/2026-11-22.jsonl"
  static let stamp = #""ts":"2026-11-22T09:00:00+01:00","by":{"name":"Maria","role":"patient"}"#

  /// The day file's lines, none chained (`prev`), so each is reported for itself only.
  static let dayLines = [
    #"{"v":1,"id":"d1",\#(stamp),"type":"dance"}"#,
    #"{"v":1,\#(stamp),"type":"note","text":"hello"}"#,
    #"{"v":1,"id":"d3",\#(stamp),"type":"heart-rate","bpm":900}"#,
    #"{"v":1,"id":"d4",\#(stamp),"type":"symptom","symptom":"rash"}"#,
    #"{"v":3,"id":"d5",\#(stamp),"type":"note","text":"from the future"}"#,
    #"{"v":1,"id":"d6","ts":"22.11.2026","by":{"name":"Maria","role":"patient"},"type":"note"}"#,
    #"{"v":1,"id":"d7",\#(stamp),"type":"ice","#
      + #""ice":{"orientation":5,"naming":3,"commands":1,"writing":1,"attention":1}}"#,
    #"{"v":1,"id":"d8",\#(stamp),"type":"weight","kg":612.5}"#,
    "[1,2]",
    #"{"v":1,"id":"d10",\#(stamp),"type":"note","text":"hello","phase":"orbit"}"#,
    #"{"v":1,"id":"d11","ts":"2026-11-22T09:00:00+01:00","by":{"name":"Maria","role":"pilot"},"#
      + #""type":"note","text":"hello"}"#,
  ]

  /// One language's problems: the day file's lines in order, then the refused event.
  struct Case: Sendable, CustomTestStringConvertible {
    let language: Language
    let lines: [String]
    let refused: String
    var testDescription: String { language.tag }
  }

  static let cases: [Case] = [
    Case(
      language: .english,
      lines: [
        #"unknown entry type "dance""#,
        "no id",
        "heart rate 900 is outside the plausible range 25–250/min",
        "symptom line without severity",
        "written in format 3 by a newer CareJourney; this one reads up to 2: update CareJourney "
          + "to read it",
        "field ts: not a timestamp with a UTC offset: 22.11.2026",
        "ICE orientation 5 is outside 0–4 (year, month, city, hospital: one point each)",
        "weight 612.5 is outside the plausible range 20–300 kg",
        "not a JSON object",
        #"field phase: unknown value "orbit""#,
        #"field by.role: unknown value "pilot""#,
      ],
      refused: "event k1 (phase-entered): screening cannot go to infusion; allowed from here: "
        + "leukapheresis, withdrawn (needs --reason)"),
    Case(
      language: .german,
      lines: [
        "unbekannter Eintragstyp „dance“",
        "id fehlt",
        "Herzfrequenz 900 liegt außerhalb des plausiblen Bereichs 25–250/min",
        "symptom-Zeile ohne severity",
        "von einem neueren CareJourney im Format 3 geschrieben; dieses liest Formate bis 2: "
          + "aktualisieren Sie CareJourney, um die Zeile zu lesen",
        "Feld ts: kein Zeitstempel mit UTC-Abstand: 22.11.2026",
        "ICE orientation 5 liegt außerhalb von 0–4 (Jahr, Monat, Stadt, Krankenhaus: je ein Punkt)",
        "Gewicht 612,5 liegt außerhalb des plausiblen Bereichs 20–300 kg",
        "kein JSON-Objekt",
        "Feld phase: unbekannter Wert „orbit“",
        "Feld by.role: unbekannter Wert „pilot“",
      ],
      refused: "Ereignis k1 (phase-entered): von screening geht es nicht nach infusion; von hier "
        + "aus möglich: leukapheresis, withdrawn (braucht --reason)"),
    Case(
      language: .simplifiedChinese,
      lines: [
        "未知的记录类型“dance”",
        "缺少 id",
        "心率 900 超出合理范围 25–250/min",
        "symptom 行缺少 severity",
        "由较新的 CareJourney 以格式 3 写入；此版本最多只能读取格式 2：请更新 CareJourney 后再读取",
        "字段 ts：不是带 UTC 偏移的时间戳：22.11.2026",
        "ICE orientation 5 超出 0–4（年份、月份、城市、医院：每项 1 分）",
        "体重 612.5 超出合理范围 20–300 kg",
        "不是 JSON 对象",
        "字段 phase：未知的值“orbit”",
        "字段 by.role：未知的值“pilot”",
      ],
      refused: "事件 k1（phase-entered）：screening 不能进入 infusion；从这里可以进入："
        + "leukapheresis, withdrawn（需要 --reason）"),
    Case(
      language: .spanish,
      lines: [
        "tipo de entrada desconocido «dance»",
        "falta id",
        "frecuencia cardiaca 900 está fuera del rango plausible 25–250/min",
        "línea symptom sin severity",
        "escrita en el formato 3 por un CareJourney más reciente; este lee hasta el formato 2: "
          + "actualice CareJourney para leerla",
        "campo ts: no es una marca de tiempo con desfase UTC: 22.11.2026",
        "ICE orientation 5 está fuera de 0–4 (año, mes, ciudad, hospital: un punto cada uno)",
        "peso 612,5 está fuera del rango plausible 20–300 kg",
        "no es un objeto JSON",
        "campo phase: valor desconocido «orbit»",
        "campo by.role: valor desconocido «pilot»",
      ],
      refused: "evento k1 (phase-entered): de screening no se puede pasar a infusion; posibles "
        + "desde aquí: leukapheresis, withdrawn (necesita --reason)"),
  ]

  /// A journey begun in screening, then a line (not chained) moving it straight to infusion,
  /// and the day file above; `verify` run in `language`.
  static func problems(in language: Language) throws -> [LineProblem] {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      try store.writeNewFile(
        store.protocolFile, contents: try #require(CareProtocol.builtInText(named: "cd19-sle")))
      let start = Timestamp(
        date: try #require(LocalDate(parsing: "2026-11-01")), secondOfDay: 0, utcOffset: 3600)
      try store.recordEvents { _ in
        [
          JourneyEvent(
            id: "j1", recordedAt: start, author: Author(role: .nurse, name: "Ana"),
            body: .created(
              patient: "Maria", protocolID: "cd19-sle", teamPhone: nil,
              temperatureUnit: .celsius))
        ]
      }
      let journey = try bytes(of: store.directory.journeyFile)
      let skip =
        #"{"v":1,"id":"k1",\#(stamp),"type":"phase-entered","phase":"infusion","on":"2026-11-22"}"#
      try writeBytes(journey + Array((skip + "\n").utf8), to: store.directory.journeyFile)
      try writeBytes(
        Array((dayLines.joined(separator: "\n") + "\n").utf8), to: root + "/" + dayFile)
      return Language.$current.withValue(language) {
        Verifier(directory: store.directory).verify().problems
      }
    }
  }

  @Test("each unreadable line and the refused event, whole", arguments: cases)
  func readWhole(_ example: Case) throws {
    let problems = try Self.problems(in: example.language)
    let lines = problems.filter { $0.file == Self.dayFile }
    #expect(lines.map(\.line) == Array(1...Self.dayLines.count))
    #expect(lines.map(\.reason) == example.lines)
    #expect(
      problems.contains(LineProblem(file: "journey.jsonl", line: 2, reason: example.refused)),
      "\(problems.filter { $0.file == "journey.jsonl" })")
  }

  /// A line read only to be passed over is never worded: its reason is made in the language
  /// current when it is read, not when the line was.
  @Test func aReasonIsWordedWhenItIsRead() {
    let error = Language.$current.withValue(.german) {
      Result { () throws(LineCodec.DecodingError) in try LineCodec.decodeEntry("[1]") }
    }
    guard case .failure(let why) = error else {
      Issue.record("[1] was read as an entry")
      return
    }
    #expect(Language.$current.withValue(.simplifiedChinese) { why.reason } == "不是 JSON 对象")
    #expect(Language.$current.withValue(.german) { why.reason } == "kein JSON-Objekt")
  }
}
