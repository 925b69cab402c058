import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// A backup changed after `export json` wrote it (36.1 °C made 39.9 °C) is refused on import,
/// naming the first changed entry, unless the edit is accepted on purpose (issue 18, item 11).
@Suite struct EditedBackupTests {
  static let fever = DemoInput.entry(
    "t-edit", on: DemoInput.date("2026-11-21"), .temperature(celsius: 36.1, asTyped: "36.1"))

  static func backup() throws -> String {
    try ExportFormat.json.render(DemoInput.input(entries: [fever]))
  }

  static func edited(_ text: String, _ find: String, _ replacement: String) throws -> Data {
    let changed = text.replacingOccurrences(of: find, with: replacement)
    try #require(changed != text, "\(find) is not in the backup")
    return Data(changed.utf8)
  }

  /// The place of the fever among the backup's entries (1-based), as the refusal names it.
  static func feverPlace() throws -> Int {
    let entries = JSONExport.inFileOrder(DemoInput.input(entries: [fever]).entries)
    return try #require(entries.firstIndex { $0.id == "t-edit" }) + 1
  }

  @Test func aBackupAsExportedImportsUnchanged() throws {
    let backup = try JSONImport.read(Data(try Self.backup().utf8))
    #expect(backup.edited == nil)
    #expect(backup.checked)
  }

  @Test func aTemperatureChangedAfterExportIsRefusedNamingTheEntry() throws {
    let data = try Self.edited(
      try Self.backup(), #""celsius":36.1,"id":"t-edit""#, #""celsius":39.9,"id":"t-edit""#)
    let refusal = try #require(throws: JSONImport.Refusal.self) { try JSONImport.read(data) }
    let place = try Self.feverPlace()
    #expect(
      refusal.description
        == "it was changed after it was exported: entry \(place) (id t-edit, 2026-11-21, "
        + "temperature) is not as it was written (edited, added or removed); import the backup "
        + "as `export json` wrote it, or add --accept-edited to import it anyway (the journey "
        + "then records that it was edited)")
  }

  @Test func anEditAcceptedOnPurposeImportsAndSaysWhatChanged() throws {
    let data = try Self.edited(
      try Self.backup(), #""celsius":36.1,"id":"t-edit""#, #""celsius":39.9,"id":"t-edit""#)
    let backup = try JSONImport.read(data, acceptingEdited: true)
    let place = try Self.feverPlace()
    #expect(backup.edited == "entry \(place) (id t-edit, 2026-11-21, temperature)")
    #expect(backup.entries.contains { $0.body == .temperature(celsius: 39.9, asTyped: "36.1") })
    let author = Author(role: .nurse, name: "Ana Weber")
    let note = try #require(backup.editedNote(id: "imp-1", at: DemoInput.now, by: author))
    #expect(
      note.body
        == .note(
          text: "Imported from a backup changed after it was exported (first change: entry "
            + "\(place) (id t-edit, 2026-11-21, temperature)); imported with --accept-edited by "
            + "Ana Weber (nurse)"))
  }

  /// Events, a removed entry and the protocol's thresholds are covered as well.
  @Test(arguments: [
    (#""teamPhone":"+49"#, #""teamPhone":"+48"#, "it was changed after it was exported: event 1 "),
    (
      #"# The disease the protocol treats"#, #"# the disease the protocol treats"#,
      "it was changed after it was exported: its protocol "
    ),
  ])
  func eventsAndTheProtocolAreCheckedToo(find: String, replacement: String, start: String) throws {
    let text = try Self.backup()
    let data = try Self.edited(text, find, replacement)
    let refusal = try #require(throws: JSONImport.Refusal.self) { try JSONImport.read(data) }
    #expect(refusal.description.hasPrefix(start), "\(refusal.description)")
  }

  @Test func anEntryRemovedIsRefused() throws {
    let text = try Self.backup()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.contains("\"id\":\"t-edit\"") })
    let data = Data(
      lines.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: "\n").utf8)
    let refusal = try #require(throws: JSONImport.Refusal.self) { try JSONImport.read(data) }
    #expect(
      refusal.description.contains("entry \(try Self.feverPlace()) "), "\(refusal.description)")
  }

  /// A backup written before the hashes (format version 1) still imports, said to be unchecked.
  @Test func aVersionOneBackupImportsUnchecked() throws {
    var text = try Self.backup()
    let start = try #require(text.range(of: "  \"entryChain\""))
    let end = try #require(text.range(of: "  \"events\""))
    text.removeSubrange(start.lowerBound..<end.lowerBound)
    let protocolHash = try #require(
      text.range(of: #"  "protocolSha256": "[0-9a-f]{64}",\n"#, options: .regularExpression))
    text.removeSubrange(protocolHash)
    text = text.replacingOccurrences(of: "\"version\": 2", with: "\"version\": 1")
    let backup = try JSONImport.read(Data(text.utf8))
    #expect(!backup.checked)
    #expect(backup.edited == nil)
  }
}
