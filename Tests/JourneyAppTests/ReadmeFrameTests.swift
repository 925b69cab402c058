import Foundation
import FrameTesting
import Testing

/// The README's screen captures are the screens' real frames at 80x24: a change to a screen
/// without its capture (or the other way round) fails here, line by line.
/// `CAREJOURNEY_UPDATE_README=1 swift test --filter ReadmeFrameTests` writes the frames into
/// the README instead, to be read by eye before committing.
@Suite struct ReadmeFrameTests {
  static let updating = ProcessInfo.processInfo.environment["CAREJOURNEY_UPDATE_README"] == "1"

  @Test(.disabled(if: updating), arguments: ReadmeFrame.all)
  func theCaptureIsTheRealFrame(frame: ReadmeFrame) throws {
    let capture = try ReadmeCaptures.load().captures.first { $0.name == frame.name }
    let lines = try #require(capture, "README.md has no <!-- frame: \(frame.name) --> capture")
      .lines
    let report = FrameAssertions.differences(try frame.render(), lines)
    #expect(
      report.isEmpty,
      Comment(
        rawValue: "README capture \(frame.name) differs (− README, + screen); to rewrite it: "
          + "CAREJOURNEY_UPDATE_README=1 swift test --filter ReadmeFrameTests\n"
          + report.joined(separator: "\n")))
  }

  /// Every capture names a scenario, once; every scenario has its capture.
  @Test func everyCaptureHasAScenario() throws {
    let names = try ReadmeCaptures.load().captures.map(\.name)
    #expect(names.sorted() == ReadmeFrame.all.map(\.name).sorted())
  }

  @Test(.enabled(if: updating)) func rewriteTheReadmeCaptures() throws {
    var readme = try ReadmeCaptures.load()
    for frame in ReadmeFrame.all {
      let replaced = readme.replace(frame.name, with: try frame.render())
      #expect(replaced, "no capture \(frame.name)")
    }
    try readme.joined.write(to: ReadmeCaptures.url, atomically: true, encoding: .utf8)
  }
}

/// Reading and rewriting the captures by their markers.
@Suite struct ReadmeCapturesTests {
  @Test func aMarkerNamesTheFencedBlockRightAfterIt() {
    var readme = ReadmeCaptures(
      text: "a\n<!-- frame: x -->\n```\n old\n```\nb\n<!-- frame: y -->\ntext\n```\nz\n```")
    #expect(
      readme.captures == [
        .init(name: "x", lines: [" old"]), .init(name: "y (no block after it)", lines: []),
      ])
    let x = readme.replace("x", with: [" new", ""])
    let y = readme.replace("y", with: ["lost"])
    #expect(x && !y)
    #expect(
      readme.joined
        == "a\n<!-- frame: x -->\n```\n new\n\n```\nb\n<!-- frame: y -->\ntext\n```\nz\n```")
  }
}
