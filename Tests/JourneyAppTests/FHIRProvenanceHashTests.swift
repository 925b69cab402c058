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

  /// The survey before the bundle decodes only the lines it needs (corrections, medication
  /// changes, a line of each author): the bundle is the very one every line read gives.
  @Test func theSurveyOfAFewLinesGivesTheBundleOfEveryLine() throws {
    let harness = try ScreensHarness { context in
      let journal = Journal(context)
      let (_, care) = try context.loadStarted(readingEntries: false)
      let nurse = DemoJourney.nurse
      let started = try journal.save(
        [.medicationChange(name: "Prednisolone", dose: "10 mg", change: .start, reason: nil)],
        author: nurse)
      _ = try journal.correct(
        started.entries.first?.id ?? "", reason: "the dose was 7.5 mg",
        change: .value(
          .medicationChange(name: "Prednisolone", dose: "7.5 mg", change: .start, reason: nil)),
        care: care, author: nurse)
      // Authors met first in the later days, and a line with escapes in it.
      try journal.save(
        [.note(text: "A \"new\" visitor\\")], author: Author(role: .caregiver, name: "Lea"))
      try journal.save(
        [.symptom(name: "chills", severity: 2)], author: Author(role: .nurse, name: "Ben Kraus"))
      let logged = try journal.save([.temperature(celsius: 38.4, asTyped: "38.4")])
      _ = try journal.correct(
        logged.entries.first?.id ?? "", reason: "wrong patient", change: .strike, care: care)
    }
    let job = ExportJob(harness.context, format: .fhir)
    let (text, _) = try job.text()

    #expect(text == (try Self.heldBundle(harness.context)))
    for needle in ["Ben Kraus", "Lea", "7.5 mg", "NULLIFY", "UPDATE"] {
      #expect(text.contains(needle), "\(needle)")
    }
  }

  /// Each day's resources are written on the thread that read the day, two at once over the
  /// demo's months; a correction is written where the bundle stands, naming the resources of
  /// a line weeks before it, and the lines corrected are marked so.
  @Test func correctionsNameTheResourcesOfDaysReadOnTheOtherThread() throws {
    var ids: [String: String] = [:]
    let harness = try ScreensHarness { context in
      let journal = Journal(context)
      let (_, care) = try context.loadStarted(readingEntries: false)
      let now = context.currentTime()
      for (name, daysBefore) in [("typo", 40), ("wrong", 20)] {
        let saved = try journal.save(
          [.temperature(celsius: 38.7, asTyped: "38.7")],
          observedAt: Timestamp(
            date: now.date.adding(days: -daysBefore), secondOfDay: 8 * 3600,
            utcOffset: now.utcOffset))
        ids[name] = saved.entries.first?.id
      }
      let fixed = try journal.correct(
        ids["typo"] ?? "", reason: "typo",
        change: .value(.temperature(celsius: 37.8, asTyped: "37.8")), care: care)
      if case .entry(let entry, _, _) = fixed { ids["fix"] = entry.id }
      let struck = try journal.correct(
        ids["wrong"] ?? "", reason: "wrong patient", change: .strike, care: care)
      if case .entry(let entry, _, _) = struck { ids["strike"] = entry.id }
    }
    let (text, problems) = try ExportJob(harness.context, format: .fhir).text()
    #expect(problems.isEmpty)
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let entries = bundle["entry"] as? [[String: Any]] ?? []
    // Each resource's full URL, status and `derivedFrom`, by the line it comes from.
    var resources: [String: [(url: String, status: String?, derivedFrom: [String])]] = [:]
    for entry in entries {
      let resource = entry["resource"] as? [String: Any] ?? [:]
      let identifiers = resource["identifier"] as? [[String: Any]] ?? []
      guard
        let line = identifiers.first(where: { $0["system"] as? String == "urn:carejourney:line" })?[
          "value"] as? String
      else { continue }
      let derived = (resource["derivedFrom"] as? [[String: Any]] ?? []).compactMap {
        $0["reference"] as? String
      }
      resources[line, default: []].append(
        (entry["fullUrl"] as? String ?? "", resource["status"] as? String, derived))
    }
    let (typo, wrong, fix, strike) = try (
      #require(ids["typo"]), #require(ids["wrong"]), #require(ids["fix"]),
      #require(ids["strike"])
    )
    let typoURL = try #require(resources[typo]?.first?.url)
    #expect(resources[typo]?.map(\.status) == ["entered-in-error"])
    #expect(resources[wrong]?.map(\.status) == ["entered-in-error"])
    #expect(resources[fix]?.map(\.status) == ["corrected"])
    #expect(resources[fix]?.first?.derivedFrom == [typoURL])
    let provenances = try Self.provenances(text)
    let nullify = try #require(
      provenances.first { provenance in
        let entities = provenance["entity"] as? [[String: Any]] ?? []
        return entities.contains {
          (($0["what"] as? [String: Any])?["identifier"] as? [String: Any])?["value"] as? String
            == strike
        }
      })
    let targets = (nullify["target"] as? [[String: Any]] ?? []).compactMap {
      $0["reference"] as? String
    }
    #expect(targets == [try #require(resources[wrong]?.first?.url)])

    #expect(text == (try Self.heldBundle(harness.context)))
  }

  /// The bundle made from every entry held at once, on one thread, each line with the hash
  /// the store reads for it: what the export, written as the days are read, must equal.
  static func heldBundle(_ context: AppContext) throws -> String {
    let (snapshot, care) = try context.loadReadable()
    var input = ExportJob(context, format: .fhir).input(snapshot, care: care)
    input.lineHashes = try context.store.eventLineHashes()
    try context.store.forEachDayHashed(
      making: { $1 },
      { _, entries in
        for (entry, hash) in entries { input.lineHashes[entry.id] = hash }
      })
    return try ExportFormat.fhir.render(input)
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
