/// An ICE assessment (Immune effector Cell-associated Encephalopathy score, 0–10).
public struct ICEScore: Codable, Equatable, Sendable {
  /// Year, month, city, hospital: 0–4.
  public var orientation: Int
  /// Names three objects: 0–3.
  public var naming: Int
  /// Follows simple commands: 0–1.
  public var commands: Int
  /// Writes a standard sentence: 0–1.
  public var writing: Int
  /// Counts backwards from 100 by ten: 0–1.
  public var attention: Int
  /// The sentence the patient wrote, kept for comparing handwriting over days.
  public var sentence: String?

  public init(
    orientation: Int, naming: Int, commands: Int, writing: Int, attention: Int,
    sentence: String? = nil
  ) {
    self.orientation = orientation
    self.naming = naming
    self.commands = commands
    self.writing = writing
    self.attention = attention
    self.sentence = sentence
  }

  /// 0–10; 10 is no impairment.
  public var total: Int { orientation + naming + commands + writing + attention }
}
