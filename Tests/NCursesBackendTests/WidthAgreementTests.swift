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

    @Test(arguments: samples)
    func agreesWithWcwidth(scalar: Unicode.Scalar) {
      setlocale(LC_ALL, "C.UTF-8")
      let system = SystemWidth.wcwidth(scalar)
      #expect(
        TextWidth.scalarWidth(scalar) == max(0, system), "U+\(String(scalar.value, radix: 16))")
    }
  }
}
