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
    let job = ExportJob(context, format: format)
    let (snapshot, care) = try context.loadReadable()
    let whole = try format.render(job.input(snapshot, care: care))
    let streamed = try job.text()
    #expect(streamed.problems.isEmpty)
    #expect(streamed.text == whole)
  }
}
