import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// `import`'s refusals of a backup, read whole in each language: the sentence around a place
/// (`entry 3`) and around a line's reason, with the backup's own words (field names, the
/// format's name, ids, types, values) kept as they are written in the file.
@Suite("Import's refusals of a backup, in each language")
struct ImportRefusalLanguageTests {
  /// A backup as `export json` writes it, changed so that `import` refuses it.
  enum Change: String, Sendable {
    /// A temperature changed after export (36.1 °C made 39.9 °C).
    case editedEntry
    /// A phase the reader does not know (`"phase":"orbit"`).
    case unknownPhase
    /// A JSON list, not a backup.
    case notABackup
    /// A backup from a newer CareJourney.
    case newerFormat
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let change: Change
    let language: Language
    /// The refusal; `{place}` stands for the changed item's number among its kind.
    let expected: String
    var testDescription: String { "\(change.rawValue) in \(language.tag)" }
  }

  static let cases: [Case] = [
    Case(
      change: .editedEntry, language: .english,
      expected: "it was changed after it was exported: entry {place} (id t-edit, 2026-11-21, "
        + "temperature) is not as it was written (edited, added or removed); import the backup "
        + "as `export json` wrote it, or add --accept-edited to import it anyway (the journey "
        + "then records that it was edited)"),
    Case(
      change: .editedEntry, language: .german,
      expected: "sie wurde nach dem Export verändert: Eintrag {place} (ID t-edit, 2026-11-21, "
        + "temperature) stimmt nicht mit dem Exportierten überein (bearbeitet, hinzugefügt oder "
        + "entfernt); importieren Sie die Sicherung so, wie `export json` sie geschrieben hat, "
        + "oder fügen Sie --accept-edited hinzu, um sie trotzdem zu importieren (die Behandlung "
        + "hält dann fest, dass sie bearbeitet wurde)"),
    Case(
      change: .editedEntry, language: .simplifiedChinese,
      expected: "它在导出后被修改过：记录 {place}（ID t-edit，2026-11-21，temperature）与写入时不同"
        + "（被编辑、添加或删除）；请导入 `export json` 写出的原始备份，或加上 --accept-edited 仍然导入"
        + "（疗程中会记录它被修改过）"),
    Case(
      change: .editedEntry, language: .spanish,
      expected: "se modificó después de exportarla: entrada {place} (id t-edit, 2026-11-21, "
        + "temperature) no está como se escribió (editado, añadido o eliminado); importe la "
        + "copia tal como la escribió `export json`, o añada --accept-edited para importarla de "
        + "todos modos (el proceso registra entonces que se modificó)"),
    Case(
      change: .unknownPhase, language: .english,
      expected: #"event {place} cannot be read: field phase: unknown value "orbit""#),
    Case(
      change: .unknownPhase, language: .german,
      expected: "Ereignis {place} kann nicht gelesen werden: Feld phase: unbekannter Wert „orbit“"),
    Case(
      change: .unknownPhase, language: .simplifiedChinese,
      expected: "事件 {place} 无法读取：字段 phase：未知的值“orbit”"),
    Case(
      change: .unknownPhase, language: .spanish,
      expected: "evento {place} no se puede leer: campo phase: valor desconocido «orbit»"),
    Case(
      change: .notABackup, language: .english,
      expected: "it is not a CareJourney backup: it does not read as a JSON object with "
        + #""format": "carejourney-journey" (make one with `carejourney export json`)"#),
    Case(
      change: .notABackup, language: .german,
      expected: "sie ist keine CareJourney-Sicherung: sie lässt sich nicht als JSON-Objekt mit "
        + #""format": "carejourney-journey" lesen (erstellen Sie eine mit "#
        + "`carejourney export json`)"),
    Case(
      change: .notABackup, language: .simplifiedChinese,
      expected: #"这不是 CareJourney 备份：无法读取为带有 "format": "carejourney-journey" 的 "#
        + "JSON 对象（可用 `carejourney export json` 生成备份）"),
    Case(
      change: .newerFormat, language: .english,
      expected: "it was written in backup format 9 by a newer CareJourney; this one reads up to "
        + "2: update CareJourney to import it"),
    Case(
      change: .newerFormat, language: .german,
      expected: "sie wurde von einem neueren CareJourney im Sicherungsformat 9 geschrieben; "
        + "dieses liest Formate bis 2: aktualisieren Sie CareJourney, um sie zu importieren"),
    Case(
      change: .newerFormat, language: .simplifiedChinese,
      expected: "它由较新的 CareJourney 以备份格式 9 写入；此版本最多只能读取格式 2：请更新 CareJourney 后再导入"),
  ]

  /// The backup with `change` made, and the changed item's number among its kind.
  static func changed(_ change: Change) throws -> (data: Data, place: Int) {
    let backup = try EditedBackupTests.backup()
    switch change {
    case .editedEntry:
      return (
        try EditedBackupTests.edited(
          backup, #""celsius":36.1,"id":"t-edit""#, #""celsius":39.9,"id":"t-edit""#),
        try EditedBackupTests.feverPlace()
      )
    case .unknownPhase:
      // The first event to enter leukapheresis, its phase made one nobody knows.
      let found = try #require(backup.range(of: #""phase":"leukapheresis""#))
      let text = backup.replacingCharacters(in: found, with: #""phase":"orbit""#)
      let place = try #require(
        DemoInput.demo.events.firstIndex {
          LineCodec.encode($0).contains(#""phase":"leukapheresis""#)
        })
      return (Data(text.utf8), place + 1)
    case .notABackup:
      return (Data("[1, 2]".utf8), 0)
    case .newerFormat:
      return (try EditedBackupTests.edited(backup, #""version": 2"#, #""version": 9"#), 0)
    }
  }

  @Test("each refusal, whole", arguments: cases)
  func refusalReadsWhole(_ example: Case) throws {
    let (data, place) = try Self.changed(example.change)
    let refusal = try #require(throws: JSONImport.Refusal.self) {
      try Language.$current.withValue(example.language) { try JSONImport.read(data) }
    }
    #expect(
      refusal.description == example.expected.replacingOccurrences(of: "{place}", with: "\(place)"))
  }

  /// `export json --from`: a backup is whole; the refusal says so in the run's language.
  @Test(arguments: [
    (
      Language.english,
      "a json export is a backup of the whole journey, so --from and --to do not apply"
    ),
    (
      .german,
      "ein json-Export ist eine Sicherung der ganzen Behandlung, deshalb gelten --from und --to nicht"
    ),
    (.simplifiedChinese, "json 导出是整个治疗过程的备份，因此 --from 和 --to 不适用"),
    (
      .spanish,
      "una exportación json es una copia de seguridad de todo el tratamiento, así que --from y --to no se aplican"
    ),
  ])
  func aRangedBackupIsRefusedInTheLanguage(language: Language, start: String) {
    let refusal = Language.$current.withValue(language) { JSONExport.rangeRefusal }
    #expect(refusal.hasPrefix(start), "\(refusal)")
  }
}
