extension SLEDAI2K.Descriptor {
  /// The descriptor's name in ``Language/current``, as the SLEDAI-2K form shows it; the id
  /// and ``label`` (English, as the published index names it) stay what files and exports use.
  public var shownLabel: String {
    switch id {
    case "seizure": tr("Seizure", context: "SLEDAI-2K")
    case "psychosis": tr("Psychosis", context: "SLEDAI-2K")
    case "organic-brain-syndrome": tr("Organic brain syndrome", context: "SLEDAI-2K")
    case "visual-disturbance": tr("Visual disturbance", context: "SLEDAI-2K")
    case "cranial-nerve": tr("Cranial nerve disorder", context: "SLEDAI-2K")
    case "lupus-headache": tr("Lupus headache", context: "SLEDAI-2K")
    case "cva": tr("CVA", context: "SLEDAI-2K")
    case "vasculitis": tr("Vasculitis", context: "SLEDAI-2K")
    case "arthritis": tr("Arthritis", context: "SLEDAI-2K")
    case "myositis": tr("Myositis", context: "SLEDAI-2K")
    case "urinary-casts": tr("Urinary casts", context: "SLEDAI-2K")
    case "haematuria": tr("Haematuria", context: "SLEDAI-2K")
    case "proteinuria": tr("Proteinuria", context: "SLEDAI-2K")
    case "pyuria": tr("Pyuria", context: "SLEDAI-2K")
    case "rash": tr("Rash", context: "SLEDAI-2K")
    case "alopecia": tr("Alopecia", context: "SLEDAI-2K")
    case "mucosal-ulcers": tr("Mucosal ulcers", context: "SLEDAI-2K")
    case "pleurisy": tr("Pleurisy", context: "SLEDAI-2K")
    case "pericarditis": tr("Pericarditis", context: "SLEDAI-2K")
    case "low-complement": tr("Low complement", context: "SLEDAI-2K")
    case "increased-dna-binding": tr("Increased DNA binding", context: "SLEDAI-2K")
    case "fever": tr("Fever", context: "SLEDAI-2K")
    case "thrombocytopenia": tr("Thrombocytopenia", context: "SLEDAI-2K")
    case "leukopenia": tr("Leukopenia", context: "SLEDAI-2K")
    default: label
    }
  }

  /// ``exclusion`` in ``Language/current``.
  public var shownExclusion: String? {
    guard let exclusion else { return nil }
    switch exclusion {
    case SLEDAI2K.notNeurologicalCauses:
      return tr("not from a metabolic, infectious or drug cause; after CAR-T, not ICANS")
    case SLEDAI2K.notDrugCytopenia:
      return tr("not from drugs: not lymphodepletion (Flu/Cy) or the CAR-T cells (ICAHT)")
    case SLEDAI2K.notInfectionFever:
      return tr("not from an infection; after CAR-T, not CRS")
    default:
      return exclusion
    }
  }
}
