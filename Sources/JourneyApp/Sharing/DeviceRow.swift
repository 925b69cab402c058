import JourneyCore
import JourneyStore

/// One row of `devices --json`.
public struct DeviceRow: Encodable {
  @NullWhenAbsent var id: String?
  @NullWhenAbsent var name: String?
  var hosts: [String]
  @NullWhenAbsent var lastLine: String?
  var dayFiles: Int
  var thisComputer: Bool

  public init(_ summary: DeviceSummary) {
    id = summary.id
    name = summary.name
    hosts = summary.hosts
    lastLine = summary.lastLine?.description
    dayFiles = summary.dayFiles
    thisComputer = summary.isThisComputer
  }
}
