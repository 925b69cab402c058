import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension LineFile {
  /// The `prev` for the next line appended to `path`: the SHA-256 of its last non-blank line,
  /// or ``LineCodec/genesisHash`` when the file is missing or holds no line yet.
  ///
  /// A torn last line (no newline: a write cut off) is hashed as its bytes are: the next append
  /// puts a newline after it, so it becomes an ordinary line the verifier hashes the same way.
  /// Call under ``StoreLock``, so nothing is appended between this and the append.
  static func chainHash(after path: String) throws(StoreError) -> String {
    guard let last = try lastLine(of: path) else { return LineCodec.genesisHash }
    return SHA256.hex(last)
  }

  /// Hashes for a run of lines: each line's `prev` comes from the line before it.
  ///
  /// `encode` makes a line from an item and its `prev`; returns the lines in order.
  static func chained<T>(
    _ items: [T], after prev: String, _ encode: (T, String) -> String
  ) -> [String] {
    var prev = prev
    return items.map { item in
      let line = encode(item, prev)
      prev = SHA256.hex(line)
      return line
    }
  }

  /// The bytes of the last non-blank line of `path` (without its newline), reading only the end
  /// of the file: 4 KiB, then twice as much each time until a whole line is in view.
  static func lastLine(of path: String) throws(StoreError) -> [UInt8]? {
    // Only ever called to append: a link, a pipe or a huge file is refused as the append would.
    guard let fd = try FileSystem.openRegular(path, O_RDONLY, action: .addTo) else {
      return nil
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw StoreError(errno: errno, path: path, action: .read) }
    let size = Int(info.st_size)
    var window = 4096
    while true {
      let start = max(0, size - window)
      let tail = try read(fd, from: start, count: size - start, path: path)
      var last: [UInt8]?
      forEachLine(in: tail) { number, content, _ in
        // The first line in view may be the end of a longer one, unless it starts the file.
        if number > 1 || start == 0 { last = Array(content) }
      }
      if last != nil || start == 0 { return last }
      window *= 2
    }
  }

  /// `count` bytes from `offset`, or fewer when the file is shorter.
  private static func read(
    _ fd: Int32, from offset: Int, count: Int, path: String
  ) throws(StoreError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var used = 0
    while used < count {
      let got = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return FileSystem.retryingInterrupts {
          pread(fd, base + used, count - used, off_t(offset + used))
        }
      }
      if got < 0 { throw StoreError(errno: errno, path: path, action: .read) }
      if got == 0 { break }
      used += got
    }
    return Array(bytes[..<used])
  }
}
