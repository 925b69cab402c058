import CNCursesW
import NCursesBackend
import Testing

@testable import TerminalUI

extension NCursesGlobalState {
  /// Our width function must agree with the system's `wcwidth`, or wide glyphs misalign.
  @Suite struct WidthAgreementTests {
    static let samples: [Unicode.Scalar] = [
      "a", "Z", "é", "°", "−", "·", "中", "文", "한", "ア", "🙂", "🔥", "✓", "★", "‼", "µ", "²",
      "\u{0301}", "\u{0336}", "Ω", "→", "█", "▁", "─", "│",
    ]

    /// Every scalar the C library knows (`wcwidth` ≥ 0) in the planes text comes from, and the
    /// variation selectors and tags: our width is glibc's.
    @Test func agreesWithWcwidthOnEveryKnownScalar() {
      setlocale(LC_ALL, "C.UTF-8")
      var disagreements: [String] = []
      for value in Array(0x20...0x3FFFF) + Array(0xE0000...0xE01EF) {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
        let system = SystemWidth.wcwidth(scalar)
        guard system >= 0, TextWidth.scalarWidth(scalar) != system else { continue }
        disagreements.append(
          "U+\(String(value, radix: 16, uppercase: true)) ours \(TextWidth.scalarWidth(scalar)) "
            + "wcwidth \(system)")
      }
      #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(20))")
    }

    @Test(arguments: samples)
    func agreesWithWcwidth(scalar: Unicode.Scalar) {
      setlocale(LC_ALL, "C.UTF-8")
      let system = SystemWidth.wcwidth(scalar)
      #expect(
        TextWidth.scalarWidth(scalar) == max(0, system), "U+\(String(scalar.value, radix: 16))")
    }
  }
}
