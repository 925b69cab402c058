import PropertyBased

/// Random text for parser tests: the characters parsers look for, the ones that break naive
/// code (controls, bidi overrides, non-ASCII digits, wide and combining characters), and any
/// Unicode scalar at all.
enum Fuzz {
  static let alphabet: [Character] =
    Array("0123456789012345.,/-+:=TtZzCcFf°%kglbsmHgpin ")
    + [
      "\u{1B}", "\u{0}", "\n", "\r", "\t", "\u{7F}", "\u{9B}", "\u{202E}", "\u{2066}", "é", "中",
      "🙂", "\u{0663}", "\u{FF10}", "\u{301}", "e", "E", "n", "a", "x", "-", "⁄",
    ]

  /// Strings up to `length` characters: half from ``alphabet``, half any scalar.
  static func string(length: ClosedRange<Int> = 0...24) -> Generator<String, Shrink.None<String>> {
    Generator { rng in
      let count = Int.random(in: length, using: &rng)
      var text = ""
      for _ in 0..<count {
        if Bool.random(using: &rng) {
          text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
        } else {
          text.unicodeScalars.append(anyScalar(&rng))
        }
      }
      return text
    }
  }

  /// Any Unicode scalar (surrogate code points are not scalars and are skipped).
  static func anyScalar(_ rng: inout any SeededRandomNumberGenerator) -> Unicode.Scalar {
    while true {
      // Mostly the first planes, where the interesting characters are.
      let top: UInt32 = Bool.random(using: &rng) ? 0x2FFF : 0x10FFFF
      if let scalar = Unicode.Scalar(UInt32.random(in: 0...top, using: &rng)) { return scalar }
    }
  }

  /// A string made of `pieces`, each picked at random: for inputs that are nearly valid.
  static func joined(_ pieces: [[String]]) -> Generator<String, Shrink.None<String>> {
    Generator { rng in
      pieces.map { $0[Int.random(in: 0..<$0.count, using: &rng)] }.joined()
    }
  }
}
