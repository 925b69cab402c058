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
    var gender: String?
    var birthDate: String?
    var valueInteger: Int?
    var valueBoolean: Bool?
    var interpretation: [Concept]?
    var referenceRange: [ReferenceRange]?
    var derivedFrom: [Reference]?
    var performer: [Reference]?
    var dosage: [Note]?
    var effectivePeriod: Period?
    var medicationCodeableConcept: Concept?
    var payload: [Payload]?
    var sender: Reference?
    var target: [Reference]?
    var activity: Concept?
    var entity: [ProvenanceEntity]?
    var agent: [ProvenanceAgent]?
    var recorded: String?

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
    var display: String? = nil
  }

  struct ReferenceRange: Decodable, Equatable {
    var low: Quantity?
    var high: Quantity?
  }

  struct Payload: Decodable, Equatable {
    var contentString: String
  }

  struct ProvenanceEntity: Decodable, Equatable {
    struct What: Decodable, Equatable {
      var reference: String?
      var identifier: Identifier?
    }
    struct Extension: Decodable, Equatable {
      var url: String
      var valueString: String
    }
    var role: String
    var what: What
    var `extension`: [Extension]?
  }

  struct ProvenanceAgent: Decodable, Equatable {
    var who: Reference
  }

  struct Quantity: Decodable, Equatable {
    var value: Double
    var unit: String
    var system: String?
    var code: String?
  }

  struct Component: Decodable, Equatable {
    var code: Concept
    var valueQuantity: Quantity?
    var valueInteger: Int?
    var valueString: String?
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
    var family: String? = nil
    var given: [String]? = nil
  }

  init(_ text: String) throws {
    self = try JSONDecoder().decode(FHIRBundle.self, from: Data(text.utf8))
  }

  var resources: [Resource] { entry.map(\.resource) }

  /// The resource an entry's `fullUrl` names.
  func resource(at url: String) -> Resource? { entry.first { $0.fullUrl == url }?.resource }

  /// The Provenance whose source is the stored line `line`.
  func provenance(of line: String) -> Resource? {
    resources("Provenance").first { p in
      p.entity?.contains { $0.role == "source" && $0.what.identifier?.value == line } == true
    }
  }

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
