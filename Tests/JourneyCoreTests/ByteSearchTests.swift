import Testing

@testable import JourneyCore

/// A run of bytes is found where it first starts, at either end and past a false start, and
/// never when it is empty, longer than the bytes or only partly there.
@Suite struct ByteSearchTests {
  @Test(
    arguments: [
      ("paracetamol 1 g", "paracetamol", 0),
      ("1 g paracetamol", "paracetamol", 4),
      ("papaya", "pay", 2),
      ("aaab", "aab", 1),
      ("abc", "c", 2),
      ("abc", "abcd", nil),
      ("abc", "", nil),
      ("", "a", nil),
      ("paracetamo", "paracetamol", nil),
      ("{\"by\":{\"name\":\"M\"}}", "\"by\"", 1),
      ("扑热息痛 500 mg", "息痛", 6),
    ] as [(String, String, Int?)])
  func aRunIsFoundWhereItFirstStarts(_ bytes: String, _ needle: String, _ at: Int?) {
    var (bytes, needle) = (bytes, needle)
    let found = bytes.withUTF8 { bytes in needle.withUTF8 { ByteSearch.find($0, in: bytes) } }
    #expect(found == at)
    #expect(ByteSearch.holds(needle, in: bytes) == (at != nil))
  }
}
