/// What `ice --json` prints.
public struct IceReport: Encodable {
  var id: String
  var total: Int
  /// The ICANS grade the ICE score alone gives.
  var icans: Int
  var reason: String
}
