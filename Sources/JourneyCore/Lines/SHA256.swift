import CSHA256

/// SHA-256 (FIPS 180-4), for the hash chain that links each line to the one before it, and for
/// the name-based ids of exported records.
///
/// A small implementation of our own rather than swift-crypto: the store hashes one line at a
/// time, and this avoids building BoringSSL for one function. It is checked against the FIPS
/// 180-4 test vectors in `SHA256Tests`. It is not for secrets: the chain is tamper evidence,
/// not a signature.
///
/// Every function takes concrete bytes, not a generic collection: a generic function called from
/// another module (the store, the verifier, the exports) runs unspecialised, which made hashing
/// ten years of lines take half a second. The work is done on raw memory with the message
/// schedule on the stack, so hashing a line allocates nothing but its 64 hex digits.
///
/// On a processor with the x86 SHA extensions (SHA-NI: Intel since 2016's Goldmont and Ice
/// Lake, AMD since Zen) the blocks go through them instead (`CSHA256`), several times faster:
/// `verify` and the backup's chain hash every line of ten years (15 MB).
public enum SHA256 {
  /// The digest of `bytes` as 64 lowercase hexadecimal digits.
  public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
    digest(bytes).hex
  }

  /// The digest of `bytes` as 64 lowercase hexadecimal digits.
  public static func hex(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    hex(UnsafeRawBufferPointer(bytes))
  }

  /// The digest of `bytes` as 64 lowercase hexadecimal digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { hex($0) }
  }

  /// The digest of the UTF-8 bytes of `text` as 64 lowercase hexadecimal digits.
  public static func hex(_ text: String) -> String {
    var text = text
    return text.withUTF8 { hex(UnsafeRawBufferPointer($0)) }
  }

  /// The digest of `bytes` as eight big-endian words.
  public static func digest(_ bytes: [UInt8]) -> [UInt32] {
    bytes.withUnsafeBytes { hash($0).words }
  }

  /// The first 128 bits of the digest of `bytes`, as two big-endian halves: what a name-based
  /// UUID (RFC 9562 §5.8) is made of, without allocating (the FHIR export makes two a line).
  public static func head(_ bytes: UnsafeRawBufferPointer) -> (high: UInt64, low: UInt64) {
    let state = hash(bytes)
    return (
      UInt64(state.a) << 32 | UInt64(state.b), UInt64(state.c) << 32 | UInt64(state.d)
    )
  }

  /// The eight working words of the hash.
  struct State {
    var a: UInt32 = 0x6a09_e667, b: UInt32 = 0xbb67_ae85, c: UInt32 = 0x3c6e_f372
    var d: UInt32 = 0xa54f_f53a, e: UInt32 = 0x510e_527f, f: UInt32 = 0x9b05_688c
    var g: UInt32 = 0x1f83_d9ab, h: UInt32 = 0x5be0_cd19

    var words: [UInt32] { [a, b, c, d, e, f, g, h] }
  }

  /// Whether this processor has the SHA extensions ``hash(_:accelerated:)`` uses.
  static let accelerated = csha256_available() == 1

  /// Hashes whole 64-byte blocks straight from `bytes`, then the padded tail (a 1 bit, zeros,
  /// the length in bits as a 64-bit big-endian number) from a buffer on the stack; with the
  /// processor's SHA extensions when `accelerated` and it has them.
  static func hash(_ bytes: UnsafeRawBufferPointer, accelerated: Bool = accelerated) -> State {
    var state = State()
    let accelerated = accelerated && SHA256.accelerated
    k.withUnsafeBufferPointer { k in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        /// Compresses `count` blocks from `start`.
        func blocks(_ start: UnsafeRawPointer, _ count: Int) {
          guard accelerated else {
            for block in 0..<count { compress(&state, start + block * 64, w, k) }
            return
          }
          (w[0], w[1], w[2], w[3]) = (state.a, state.b, state.c, state.d)
          (w[4], w[5], w[6], w[7]) = (state.e, state.f, state.g, state.h)
          csha256_compress(w.baseAddress, start.assumingMemoryBound(to: UInt8.self), count)
          (state.a, state.b, state.c, state.d) = (w[0], w[1], w[2], w[3])
          (state.e, state.f, state.g, state.h) = (w[4], w[5], w[6], w[7])
        }
        let whole = bytes.count / 64 * 64
        if let base = bytes.baseAddress, whole > 0 { blocks(base, whole / 64) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
          let rest = bytes.count - whole
          tail.initialize(repeating: 0)
          for index in 0..<rest { tail[index] = bytes[whole + index] }
          tail[rest] = 0x80
          let count = rest < 56 ? 1 : 2
          let bitLength = UInt64(bytes.count) &* 8
          for index in 0..<8 {
            tail[count * 64 - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * index))
          }
          guard let base = tail.baseAddress else { return }
          blocks(UnsafeRawPointer(base), count)
        }
      }
    }
    return state
  }

  private static func compress(
    _ state: inout State, _ block: UnsafeRawPointer, _ w: UnsafeMutableBufferPointer<UInt32>,
    _ k: UnsafeBufferPointer<UInt32>
  ) {
    for i in 0..<16 {
      w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
    }
    for i in 16..<64 {
      let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] &>> 3)
      let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] &>> 10)
      w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
    }
    var (a, b, c, d) = (state.a, state.b, state.c, state.d)
    var (e, f, g, h) = (state.e, state.f, state.g, state.h)
    // Eight rounds at a time, each naming the working words in its turn, so that no round
    // moves them along (a fifth less work than shifting eight words each round).
    var i = 0
    while i < 64 {
      round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
      round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
      round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
      round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
      round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
      round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
      round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
      round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
      i += 8
    }
    state.a &+= a
    state.b &+= b
    state.c &+= c
    state.d &+= d
    state.e &+= e
    state.f &+= f
    state.g &+= g
    state.h &+= h
  }

  /// One round of FIPS 180-4 §6.2.2 step 3, `kw` its constant and message word added: `d`
  /// becomes the next `e`, and `h` the next `a`.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
    let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
    d = d &+ t1
    h = t1 &+ t2
  }

  /// Masking shifts: the checked `>>` and `<<` test the shift's size on every call.
  private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x &>> n | x &<< (32 &- n) }

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]
}
