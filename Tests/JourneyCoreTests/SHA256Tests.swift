import Testing

@testable import JourneyCore

@Suite("SHA256")
struct SHA256Tests {
  /// The FIPS 180-4 examples (NIST CSRC "SHA256.pdf"), and the empty message.
  @Test(arguments: [
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func fipsVectors(message: String, digest: String) {
    #expect(SHA256.hex(Array(message.utf8)) == digest)
  }

  @Test("a million 'a's, crossing many blocks")
  func millionA() {
    #expect(
      SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths on both sides of where the padding takes a second block (55/56 bytes in the last
  /// block) and of whole blocks, for one and two blocks; digests from Python's hashlib.
  @Test(arguments: [
    (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
    (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
    (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    (127, "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"),
    (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    (129, "c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae"),
  ])
  func paddingBoundaries(length: Int, digest: String) {
    #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
  }

  /// The bytes of a line, however they are held, give one digest: the chain hashes a line from
  /// its text when writing and from the file's bytes when checking.
  @Test func everyFormOfTheSameBytesGivesOneDigest() {
    let text = "é中😀\n"
    let bytes = Array(text.utf8)
    let expected = "fb4cf6ca4dec71c27d410ae54fb033efc1fdb4c75e86f2eb78eb3adce7b4af3c"
    #expect(SHA256.hex(text) == expected)
    #expect(SHA256.hex(bytes) == expected)
    #expect(bytes.withUnsafeBufferPointer { SHA256.hex($0) } == expected)
    #expect(bytes.withUnsafeBytes { SHA256.hex($0) } == expected)
    let words = SHA256.digest(bytes).map { word in
      let digits = String(word, radix: 16)
      return String(repeating: "0", count: 8 - digits.count) + digits
    }
    #expect(words.joined() == expected)
  }

  /// The processor's SHA extensions (where it has them) and the portable code give the same
  /// digest for every length around the block and padding boundaries, and for text of lines.
  @Test(.enabled(if: SHA256.accelerated, "this processor has no SHA extensions"))
  func theSHAExtensionsAgreeWithThePortableCode() {
    var generator = SystemRandomNumberGenerator()
    for length in Array(0...300) + [1_000, 4_096, 65_537] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      bytes.withUnsafeBytes { buffer in
        let fast = SHA256.hash(buffer, accelerated: true)
        let portable = SHA256.hash(buffer, accelerated: false)
        #expect(fast.words == portable.words, "length \(length)")
      }
    }
  }

  /// The FIPS 180-4 "abc" example through the portable code, whatever the processor.
  @Test func thePortableCodeGivesTheFIPSDigest() {
    let digest = Array("abc".utf8).withUnsafeBytes { SHA256.hash($0, accelerated: false) }
    #expect(
      digest.words == [
        0xba78_16bf, 0x8f01_cfea, 0x4141_40de, 0x5dae_2223, 0xb003_61a3, 0x9617_7a9c,
        0xb410_ff61, 0xf200_15ad,
      ])
  }

  /// A digest read from its 64 hexadecimal digits is the digest, and writes them back; other
  /// text (upper case, short, not hexadecimal) is no digest.
  @Test func aDigestReadsAndWritesItsHexadecimalDigits() {
    let bytes = Array("the chain".utf8)
    let digest = bytes.withUnsafeBytes { SHA256.digest($0) }
    let hex = SHA256.hex(bytes)
    #expect(digest.hex == hex)
    #expect(SHA256.Digest(hex: hex) == digest)
    #expect(SHA256.Digest(hex: LineCodec.genesisHash) == .zero)
    #expect(SHA256.Digest(hex: hex.uppercased()) == nil)
    #expect(SHA256.Digest(hex: String(hex.dropLast())) == nil)
    #expect(SHA256.Digest(hex: String(hex.dropLast()) + "g") == nil)
    var appended = Array("x".utf8)
    digest.append(to: &appended)
    #expect(String(decoding: appended, as: UTF8.self) == "x" + hex)
  }
}
