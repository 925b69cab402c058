extension SHA256 {
  /// A digest as a value: its 32 bytes in four words, compared, hashed and kept without the 64
  /// characters of its text (ten years of lines are 40,000 digests: `verify` and the backup's
  /// chain hold and compare them by the thousand).
  public struct Digest: Hashable, Sendable {
    var a: UInt64
    var b: UInt64
    var c: UInt64
    var d: UInt64

    /// 32 zero bytes: ``LineCodec/genesisHash``, the `prev` of a file's first line.
    public static let zero = Digest(a: 0, b: 0, c: 0, d: 0)

    private init(a: UInt64, b: UInt64, c: UInt64, d: UInt64) {
      (self.a, self.b, self.c, self.d) = (a, b, c, d)
    }

    init(_ state: State) {
      a = UInt64(state.a) << 32 | UInt64(state.b)
      b = UInt64(state.c) << 32 | UInt64(state.d)
      c = UInt64(state.e) << 32 | UInt64(state.f)
      d = UInt64(state.g) << 32 | UInt64(state.h)
    }

    /// The digest of 64 lowercase hexadecimal digits; nil for any other text.
    public init?(hex text: String) {
      var text = text
      guard
        let words = text.withUTF8({ utf8 -> (UInt64, UInt64, UInt64, UInt64)? in
          guard utf8.count == 64 else { return nil }
          var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
          for index in 0..<64 {
            let byte = utf8[index]
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte &- UInt8(ascii: "a") &+ 10
            default: return nil
            }
            let nibble = UInt64(value) << UInt64(60 - 4 * (index % 16))
            switch index / 16 {
            case 0: words.0 |= nibble
            case 1: words.1 |= nibble
            case 2: words.2 |= nibble
            default: words.3 |= nibble
            }
          }
          return words
        })
      else { return nil }
      (a, b, c, d) = words
    }

    /// The 64 lowercase hexadecimal digits.
    public var hex: String {
      String(unsafeUninitializedCapacity: 64) { text in
        write(into: UnsafeMutableRawBufferPointer(text))
        return 64
      }
    }

    /// Writes the 64 lowercase hexadecimal digits to the start of `text`, which holds them.
    public func write(into text: UnsafeMutableRawBufferPointer) {
      Digest.write(a, into: text, at: 0)
      Digest.write(b, into: text, at: 16)
      Digest.write(c, into: text, at: 32)
      Digest.write(d, into: text, at: 48)
    }

    private static func write(
      _ word: UInt64, into text: UnsafeMutableRawBufferPointer, at start: Int
    ) {
      let digits: StaticString = "0123456789abcdef"
      let digit = digits.utf8Start
      for index in 0..<16 {
        text[start + index] = digit[Int((word >> UInt64(60 - 4 * index)) & 0xF)]
      }
    }

    /// Appends the 64 lowercase hexadecimal digits to `bytes`.
    public func append(to bytes: inout [UInt8]) {
      // Written beside the array and copied in at once: appending 64 zeros to overwrite took
      // a fiftieth of a ten-year backup, which appends two digests for each entry.
      withUnsafeTemporaryAllocation(byteCount: 64, alignment: 8) { digits in
        write(into: digits)
        bytes.append(contentsOf: UnsafeRawBufferPointer(digits))
      }
    }
  }

  /// The digest of `bytes`.
  public static func digest(_ bytes: UnsafeRawBufferPointer) -> Digest {
    Digest(hash(bytes))
  }

  /// The digest of `bytes`.
  public static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> Digest {
    Digest(hash(UnsafeRawBufferPointer(bytes)))
  }
}
