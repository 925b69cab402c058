import Foundation
import JourneyApp
import JourneyCore
import JourneyExport
import JourneyStore
import Testing

/// What `export` writes day by day from the files (the backup, CSV, the visit report) is what
/// each format renders from the journey read whole, byte for byte.
@Suite struct ExportStreamingTests {
  @Test(arguments: [ExportFormat.json, .csv, .html])
  func dayByDayIsTheWholeJourney(_ format: ExportFormat) throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("carejourney-streaming-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let context = try AlertsLoadingTests.demoContext(in: root)
    let journal = Journal(context)
    // A fever three hours ago: an alert in force, and a red flag of the period.
    try journal.save(
      [.temperature(celsius: 38.6, asTyped: "38.6")],
      observedAt: Timestamp(
        unixSeconds: AlertsLoadingTests.now.unixSeconds - 3 * 3600, utcOffset: 3600))
    // A note with a right-to-left override, which the backup writes as \u202e.
    try journal.save([.note(text: "pills \u{202E}gnp.exe")], observedAt: AlertsLoadingTests.now)
    let job = ExportJob(context, format: format)
    let (snapshot, care) = try context.loadReadable()
    let whole = try format.render(job.input(snapshot, care: care))
    if format == .json { #expect(whole.contains("gnp.exe") && !whole.contains("\u{202E}")) }
    let streamed = try job.text()
    #expect(streamed.problems.isEmpty)
    #expect(streamed.text == whole)
    // Written to a file, as bytes: the same.
    let path = root + "/export." + format.fileExtension
    #expect(try job.write(to: path, replacing: false).isEmpty)
    #expect(FileManager.default.contents(atPath: path) == Data(whole.utf8))
  }
}
