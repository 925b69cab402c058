import Foundation
import Testing

/// The screens' export key in tmux: the file lands in the home folder under a new name, never
/// over one that is there, and holds what `carejourney export` writes.
@Suite(.onWaitingThreads) struct ScreensExportTests {
  @Test func xExportsToANewFileInTheHomeFolder() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let home = cli.root.path
    let taken = home + "/carejourney-2026-11-22.csv"
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: taken))
    let app = try TmuxSession(
      width: 120, height: 30,
      environment: [
        "LANG": "C.UTF-8", "TZ": "Europe/Berlin", "CAREJOURNEY_NOW": cli.now, "HOME": home,
        "TERM": "xterm-256color", "SWIFT_BACKTRACE": "enable=no",
      ].merging(cli.screensConfig()) { $1 },
      command: [CLIHarness.binary.path, "--data", cli.data, "--read-only"])
    try app.waitFor("Day +183 · Month 6")

    for (typed, file) in [
      ("csv", "carejourney-2026-11-22-2.csv"), ("JSON", "carejourney-2026-11-22.json"),
    ] {
      try app.send("x")
      try app.waitFor("Export as csv, json, fhir, ics or html:")
      try app.type(typed)
      try app.send("Enter")
      try app.waitFor("Exported \(typed.lowercased()) to \(home)/\(file).")
      let written = FileManager.default.contents(atPath: home + "/" + file)
      #expect(
        written.map { String(decoding: $0, as: UTF8.self) }
          == (try cli.ok(["export", typed.lowercased()])))
    }
    #expect(FileManager.default.contents(atPath: taken) == Data("mine\n".utf8))

    try app.send("x")
    try app.type("pdf")
    try app.send("Enter")
    try app.waitFor("Not saved: pdf is not a format; type one of csv, json, fhir, ics, html.")
    try app.send("Escape")
    try app.send("q")
    #expect(try app.waitForExit() == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: home).filter {
      $0.hasPrefix("carejourney-")
    }
    #expect(
      files.sorted() == [
        "carejourney-2026-11-22-2.csv", "carejourney-2026-11-22.csv", "carejourney-2026-11-22.json",
      ])
  }
}
