import Foundation

/// The C library's pseudo-terminal calls, which Swift's Glibc module leaves out (they need
/// `_XOPEN_SOURCE`): looked up by name, with their C types.
enum PseudoTerminal {
  /// glibc's `POSIX_SPAWN_SETSID` (2.26 and later): the child starts a new session.
  static let spawnSetSID: Int32 = 0x80

  private typealias OpenType = @convention(c) (Int32) -> Int32
  private typealias DescriptorType = @convention(c) (Int32) -> Int32
  private typealias NameType = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

  private static func function<T>(_ name: String, as type: T.Type) throws -> T {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
      throw BenchError("this C library has no \(name)")
    }
    return unsafeBitCast(symbol, to: type)
  }

  /// Opens a new pseudo-terminal: the controlling side's descriptor and the terminal's path.
  static func open() throws -> (Int32, String) {
    let openpt = try function("posix_openpt", as: OpenType.self)
    let grantpt = try function("grantpt", as: DescriptorType.self)
    let unlockpt = try function("unlockpt", as: DescriptorType.self)
    let ptsname = try function("ptsname", as: NameType.self)
    let fd = openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else {
      throw BenchError("could not open a pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    guard grantpt(fd) == 0, unlockpt(fd) == 0, let name = ptsname(fd) else {
      close(fd)
      throw BenchError("could not set up a pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    return (fd, String(cString: name))
  }
}
