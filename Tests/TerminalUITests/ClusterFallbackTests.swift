import Testing

@testable import TerminalUI

/// Clusters ncursesw cannot hold in its cells as they are (at most `CCHARW_MAX`, 5, scalars
/// a cell) are drawn in pieces that keep their meaning, and narrow characters asking for the
/// wide emoji form are drawn in their text form, so the columns after them stay in place.
@Suite struct ClusterFallbackTests {
  @Test func aPartIsAWidthBearingScalarWithWhatRidesOnIt() {
    #expect(TextWidth.parts("\u{1F469}\u{200D}\u{2695}\u{FE0F}").map(\.count) == [4])
    #expect(TextWidth.parts("\u{1F1E9}\u{1F1EA}").map(\.count) == [1, 1])
    #expect(TextWidth.parts("e\u{301}\u{336}").map(\.count) == [3])
    #expect(TextWidth.parts("\u{1F44D}\u{1F3FD}").map(\.count) == [1, 1])
  }

  @Test(arguments: [
    // The family is seven scalars: its members, side by side, each whole.
    (
      "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}",
      [
        "\u{1F468}", "\u{1F469}", "\u{1F467}", "\u{1F466}",
      ]
    ),
    // Six marks on a letter: the first five scalars, and a mark that something is missing.
    ("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", ["a\u{301}\u{302}\u{303}\u{304}", "\u{FFFD}"]),
    // Text-default emoji asking for the wide form: the text form, one cell everywhere.
    ("\u{2764}\u{FE0F}", ["\u{2764}"]), ("1\u{FE0F}\u{20E3}", ["1\u{20E3}"]),
    // Five scalars fit: a struck-out health worker stays whole, and a wide emoji keeps VS16.
    ("\u{1F469}\u{200D}\u{2695}\u{FE0F}\u{336}", ["\u{1F469}\u{200D}\u{2695}\u{FE0F}\u{336}"]),
    ("\u{231A}\u{FE0F}", ["\u{231A}\u{FE0F}"]),
  ])
  func drawnAs(cluster: String, pieces: [String]) {
    #expect(Array(cluster).count == 1)
    #expect(TextWidth.drawn(cluster) == pieces)
    #expect(TextWidth.drawn(cluster).allSatisfy { $0.unicodeScalars.count <= 5 })
  }

  @Test func theFamilyTakesEightCellsAndNothingIsLost() {
    var buffer = CellBuffer(size: Size(width: 12, height: 1))
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
    #expect(buffer.put("<\(family)>", x: 0, y: 0) == 10)
    #expect(buffer.line(0) == "<\u{1F468}\u{1F469}\u{1F467}\u{1F466}>  ")
    #expect(buffer[9, 0].text == ">")
    #expect(TextWidth.of(text: family) == 8)
  }
}
