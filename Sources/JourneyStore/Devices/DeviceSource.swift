/// Where a store finds the device it writes as: this computer's state folder, and the name a
/// new device gets. A store without one writes into the data folder's own files (an import's
/// staging folder, the benchmark's histories).
public struct DeviceSource: Equatable, Sendable {
  public let state: StateFolder
  /// The name a device gets when it is made ("tester's laptop").
  public let defaultName: String

  /// Makes the source.
  public init(state: StateFolder, defaultName: String) {
    self.state = state
    self.defaultName = defaultName
  }
}
