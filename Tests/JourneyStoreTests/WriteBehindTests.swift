import Foundation
import Testing

@testable import JourneyStore

@Suite("WriteBehind")
struct WriteBehindTests {
  /// What the thread was asked to start, in order.
  final class Started: @unchecked Sendable {
    private let lock = NSLock()
    private var stretches: [(offset: Int64, count: Int64)] = []
    func add(_ offset: Int64, _ count: Int64) {
      lock.withLock { stretches.append((offset, count)) }
    }
    var all: [(offset: Int64, count: Int64)] { lock.withLock { stretches } }
  }

  static let mebibyte: Int64 = 1 << 20

  /// The stretches start where the last ended, from the start of the file, and end where the
  /// writer last passed a stride: nothing written is skipped and nothing is asked twice.
  @Test(
    "the bytes written are started in order, each once, a stride behind the writer",
    arguments: [
      (piece: 64 << 10, total: 3 * mebibyte, covered: Int64(0)),
      (piece: 64 << 10, total: 10 * mebibyte, covered: 8 * mebibyte),
      (piece: 1 << 20, total: 4 * mebibyte, covered: 4 * mebibyte),
      (piece: 20 << 20, total: 20 * mebibyte, covered: 20 * mebibyte),
      (piece: 3 << 20, total: 30 * mebibyte, covered: 30 * mebibyte),
    ])
  func stretches(piece: Int, total: Int64, covered: Int64) {
    #expect(WriteBehind.stride == 4 * WriteBehindTests.mebibyte)
    let started = Started()
    let behind = WriteBehind { started.add($0, $1) }
    var written: Int64 = 0
    while written < total {
      written += Int64(piece)
      behind.wrote(upTo: written)
    }
    behind.finish()
    let stretches = started.all
    var end: Int64 = 0
    for stretch in stretches {
      #expect(stretch.offset == end)
      #expect(stretch.count > 0)
      end = stretch.offset + stretch.count
    }
    #expect(end == covered)
  }

  @Test("a file written through it has every byte, in order")
  func wholeFile() throws {
    try withTemporaryDirectory { root in
      let path = root + "/export.json"
      let pieces = (0..<160).map { index in
        [UInt8](repeating: UInt8(index), count: 64 << 10)
      }
      try WholeFile.write(path, replacing: false) { emit in
        for piece in pieces { try piece.withUnsafeBufferPointer(emit) }
      }
      #expect(try bytes(of: path) == Array(pieces.joined()))
    }
  }
}
