import Foundation

/// The part of an HL7 FHIR R4 Bundle the tests read back, for whole-value assertions.
struct FHIRBundle: Decodable {
  var resourceType: String
  var id: String
  var type: String
  var entry: [Entry]

  struct Entry: Decodable {
    var fullUrl: String
    var resource: Resource
  }

  struct Resource: Decodable {
    var resourceType: String
    var id: String
    var identifier: [Identifier]?
    var status: String?
    var category: [Concept]?
    var code: Concept?
    var subject: Reference?
    var effectiveDateTime: String?
    var valueQuantity: Quantity?
    var valueCodeableConcept: Concept?
    var component: [Component]?
    var note: [Note]?
    var period: Period?
    var performedPeriod: Period?
    var `class`: Coding?
    var reasonCode: [Concept]?
    var hospitalization: Hospitalization?
    var name: [Name]?

    var lineID: String? { identifier?.first?.value }
    var loincCodes: [String] {
      code?.coding?.filter { $0.system == "http://loinc.org" }.map(\.code) ?? []
    }
    var categoryCode: String? { category?.first?.coding?.first?.code }
  }

  struct Identifier: Decodable, Equatable {
    var system: String
    var value: String
  }

  struct Coding: Decodable, Equatable {
    var system: String
    var code: String
    var display: String?
  }

  struct Concept: Decodable, Equatable {
    var coding: [Coding]?
    var text: String?
  }

  struct Reference: Decodable, Equatable {
    var reference: String
  }

  struct Quantity: Decodable, Equatable {
    var value: Double
    var unit: String
    var system: String?
    var code: String?
  }

  struct Component: Decodable, Equatable {
    var code: Concept
    var valueQuantity: Quantity
  }

  struct Note: Decodable, Equatable {
    var text: String
  }

  struct Period: Decodable, Equatable {
    var start: String
    var end: String?
  }

  struct Hospitalization: Decodable, Equatable {
    var reAdmission: Concept?
  }

  struct Name: Decodable, Equatable {
    var text: String
  }

  init(_ text: String) throws {
    self = try JSONDecoder().decode(FHIRBundle.self, from: Data(text.utf8))
  }

  var resources: [Resource] { entry.map(\.resource) }

  func resources(_ type: String) -> [Resource] { resources.filter { $0.resourceType == type } }

  /// The resources made from one stored line (`line`, or `line/c3` for one of its lab values).
  func resources(line: String) -> [Resource] {
    resources.filter { $0.lineID == line || $0.lineID?.hasPrefix(line + "/") == true }
  }

  static let ucum = "http://unitsofmeasure.org"

  static func ucumQuantity(_ value: Double, _ unit: String, _ code: String) -> Quantity {
    Quantity(value: value, unit: unit, system: ucum, code: code)
  }
}
