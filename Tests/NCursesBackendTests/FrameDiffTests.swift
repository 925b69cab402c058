import Testing

@testable import NCursesBackend
@testable import TerminalUI

/// Only changed cells are written; continuation cells never.
@Suite struct FrameDiffTests {
  static func frame() -> CellBuffer {
    var buffer = CellBuffer(size: Size(width: 8, height: 3))
    buffer.put("ab中c", x: 0, y: 0)
    buffer.put("day +3", x: 0, y: 1, style: Style(.accent))
    return buffer
  }

  @Test func everyCellButContinuationsOnTheFirstFrame() {
    let positions = FrameDiff.cellsToWrite(from: nil, to: Self.frame())
    #expect(positions.count == 8 * 3 - 1)
    #expect(!positions.contains(.init(x: 3, y: 0)))
  }

  @Test func oneChangedCellIsOneWrite() {
    var next = Self.frame()
    next.put("X", x: 5, y: 1)
    #expect(FrameDiff.cellsToWrite(from: Self.frame(), to: next) == [.init(x: 5, y: 1)])
  }

  @Test func aStyleChangeIsAChange() {
    var next = Self.frame()
    next[0, 2] = Cell(" ", style: Style(.selection))
    #expect(FrameDiff.cellsToWrite(from: Self.frame(), to: next) == [.init(x: 0, y: 2)])
  }

  @Test func aSameFrameWritesNothing() {
    #expect(FrameDiff.cellsToWrite(from: Self.frame(), to: Self.frame()).isEmpty)
  }

  @Test func replacingAWideGlyphWritesBothColumns() {
    var next = Self.frame()
    next.put("xy", x: 2, y: 0)
    #expect(
      FrameDiff.cellsToWrite(from: Self.frame(), to: next) == [
        .init(x: 2, y: 0), .init(x: 3, y: 0),
      ])
  }

  @Test func aNewSizeWritesEverything() {
    let next = CellBuffer(size: Size(width: 9, height: 3))
    #expect(FrameDiff.cellsToWrite(from: Self.frame(), to: next).count == 27)
  }
}
