import Foundation
import JourneyApp
import JourneyCore
import JourneyStore
import TerminalUI
import Testing

/// `export fhir` from a real data folder (the command's and the screens' one path,
/// ``ExportJob``): each `Provenance` names its stored line with the SHA-256 the files hold for
/// it, so a receiving system can check every value against the patient's files.
@Suite struct FHIRProvenanceHashTests {
  @Test func eachProvenanceCarriesTheHashTheFilesHoldForItsLine() throws {
    // The demo, and a value logged and then corrected: the correction's line has a Provenance.
    var logged: Entry?
    var correction: Entry?
    let harness = try ScreensHarness(
      keys: [.character("x")] + MemoryBackend.typing("fhir") + [.enter]
    ) { context in
      let journal = Journal(context)
      let (_, care) = try context.loadStarted(readingEntries: false)
      logged = try journal.save([.temperature(celsius: 38.4, asTyped: "38.4")]).entries.first
      let corrected = try journal.correct(
        logged?.id ?? "", reason: "typo",
        change: .value(.temperature(celsius: 37.4, asTyped: "37.4")), care: care)
      if case .entry(let entry, _, _) = corrected { correction = entry }
    }
    // The screens' export key, and the command's reading (`carejourney export fhir`).
    harness.run()
    harness.wait { harness.loop.state.progress == nil }
    let file = try String(
      contentsOfFile: harness.root + "/carejourney-2026-11-22.fhir.json", encoding: .utf8)
    let (text, problems) = try ExportJob(harness.context, format: .fhir).text()
    #expect(problems.isEmpty)
    #expect(text == file)

    let stored = try Self.storedHashes(in: harness.root + "/data")
    var named: [String: String?] = [:]
    for provenance in try Self.provenances(text) {
      let entities = provenance["entity"] as? [[String: Any]] ?? []
      let source = try #require(entities.first { $0["role"] as? String == "source" })
      let what = source["what"] as? [String: Any]
      let line = try #require((what?["identifier"] as? [String: Any])?["value"] as? String)
      let extensions = source["extension"] as? [[String: Any]] ?? []
      named[line] =
        extensions.first { $0["url"] as? String == "urn:carejourney:line-sha256" }?[
          "valueString"] as? String
    }
    // Lines that gave resources: the journey's start, a logged value and its correction.
    let created = try #require(harness.context.store.readEvents().events.first)
    for line in [created.id, try #require(logged).id, try #require(correction).id] {
      #expect(named[line] != nil, "no Provenance names line \(line)")
    }
    #expect(named.count > 100)
    let wrong = named.filter { line, hash in hash == nil || hash != stored[line] }
    #expect(
      wrong.isEmpty, "\(wrong.count) of \(named.count) hashes missing or wrong: \(wrong.prefix(3))")
  }

  /// Every stored line's hash by its id, as the files hold it: the `prev` of the line after it
  /// in its file, or for a file's last line the SHA-256 of its bytes (which `verify` checks
  /// the other lines' against).
  static func storedHashes(in data: String) throws -> [String: String] {
    var hashes: [String: String] = [:]
    let files = FileManager.default.enumerator(atPath: data)?.compactMap { $0 as? String } ?? []
    for file in files where file.hasSuffix(".jsonl") {
      let bytes = try #require(FileManager.default.contents(atPath: data + "/" + file))
      let lines = bytes.split(separator: UInt8(ascii: "\n")).map { Data($0) }
      let objects = lines.map { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
      for (index, object) in objects.enumerated() {
        guard let id = object?["id"] as? String else { continue }
        hashes[id] =
          index + 1 < objects.count
          ? objects[index + 1]?["prev"] as? String : SHA256.hex(Array(lines[index]))
      }
    }
    return hashes
  }

  /// The bundle's Provenance resources.
  static func provenances(_ text: String) throws -> [[String: Any]] {
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let resources = (bundle["entry"] as? [[String: Any]] ?? []).compactMap {
      $0["resource"] as? [String: Any]
    }
    return resources.filter { $0["resourceType"] as? String == "Provenance" }
  }
}
