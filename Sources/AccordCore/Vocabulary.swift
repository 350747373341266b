/// The kind of a cooperation instrument (`areas.md`, Instruments).
public enum InstrumentKind: String, Codable, CaseIterable, Sendable {
    case mou, moc, moa, loi, agreement, declaration, other

    /// English label for people.
    public var label: String {
        switch self {
        case .mou: "Memorandum of Understanding"
        case .moc: "Memorandum of Cooperation"
        case .moa: "Memorandum of Agreement"
        case .loi: "Letter of Intent"
        case .agreement: "Agreement"
        case .declaration: "Declaration"
        case .other: "Other instrument"
        }
    }

    /// Thai label for people.
    public var labelTh: String {
        switch self {
        case .mou: "บันทึกความเข้าใจ"
        case .moc: "บันทึกความร่วมมือ"
        case .moa: "บันทึกข้อตกลง"
        case .loi: "หนังสือแสดงเจตจำนง"
        case .agreement: "ความตกลง"
        case .declaration: "ปฏิญญา"
        case .other: "ตราสารอื่น"
        }
    }
}

/// An event in an instrument's life (`areas.md`, Events).
public enum EventKind: String, Codable, CaseIterable, Sendable {
    case cabinetApproval = "cabinet-approval"
    case signing, exchange, renewal, plan, implementation, adoption
    case entryIntoForce = "entry-into-force"
    case other

    /// English label for people.
    public var label: String {
        switch self {
        case .cabinetApproval: "Cabinet approval"
        case .signing: "Signing"
        case .exchange: "Exchange"
        case .renewal: "Renewal"
        case .plan: "Planned"
        case .implementation: "Implementation"
        case .adoption: "Adoption"
        case .entryIntoForce: "Entry into force"
        case .other: "Other"
        }
    }

    /// Thai label for people.
    public var labelTh: String {
        switch self {
        case .cabinetApproval: "ครม. เห็นชอบ"
        case .signing: "ลงนาม"
        case .exchange: "แลกเปลี่ยน"
        case .renewal: "ต่ออายุ"
        case .plan: "เตรียมลงนาม"
        case .implementation: "ดำเนินการ"
        case .adoption: "รับรอง"
        case .entryIntoForce: "มีผลใช้บังคับ"
        case .other: "อื่น ๆ"
        }
    }
}

/// The role a person plays in an instrument's event.
public enum SignatoryRole: String, Codable, CaseIterable, Sendable {
    case signatory, witness, representative
}

/// The language of an article.
public enum Language: String, Codable, CaseIterable, Sendable {
    case th, en

    /// A number of years in this language, without a needless `.0` ("5 ปี", "1 year", "2.5 years").
    public func years(_ y: Double) -> String {
        let n = y.rounded() == y ? String(Int(y)) : String(y)
        return self == .th ? "\(n) ปี" : (n == "1" ? "1 year" : "\(n) years")
    }
}

/// An area of cooperation (`areas.md`, Areas); codes are stable identifiers.
public enum Area: String, Codable, CaseIterable, Sendable, Comparable {
    case policyRegulation = "policy-regulation"
    case digitalGovernment = "digital-government"
    case infrastructure
    case telecomSpectrum = "telecom-spectrum"
    case postal
    case cybersecurity
    case cybercrimeScams = "cybercrime-scams"
    case ai
    case dataCloud = "data-cloud"
    case iot5g = "iot-5g"
    case smartCity = "smart-city"
    case digitalEconomy = "digital-economy"
    case digitalIndustry = "digital-industry"
    case startupsSmes = "startups-smes"
    case skillsWorkforce = "skills-workforce"
    case literacyInclusion = "literacy-inclusion"
    case researchInnovation = "research-innovation"
    case digitalHealth = "digital-health"
    case disasterWeather = "disaster-weather"
    case investment
    case otherDigital = "other-digital"
    case sectorAgriculture = "sector-agriculture"
    case sectorEducation = "sector-education"
    case sectorHealth = "sector-health"
    case sectorEnergy = "sector-energy"
    case sectorTransport = "sector-transport"
    case sectorTourismCulture = "sector-tourism-culture"
    case sectorTrade = "sector-trade"
    case sectorSecurityDefence = "sector-security-defence"
    case sectorEnvironment = "sector-environment"
    case sectorLabour = "sector-labour"
    case sectorFinance = "sector-finance"
    case sectorScience = "sector-science"

    public static func < (a: Area, b: Area) -> Bool { a.rawValue < b.rawValue }

    /// English label for people.
    public var label: String {
        switch self {
        case .policyRegulation: "Policy, law and regulation"
        case .digitalGovernment: "Digital government and public services"
        case .infrastructure: "Digital infrastructure and broadband"
        case .telecomSpectrum: "Telecommunications and spectrum"
        case .postal: "Postal services"
        case .cybersecurity: "Cyber and data security"
        case .cybercrimeScams: "Cybercrime and online scams"
        case .ai: "Artificial intelligence"
        case .dataCloud: "Big data, cloud and high-performance computing"
        case .iot5g: "IoT, 5G and future networks"
        case .smartCity: "Smart cities"
        case .digitalEconomy: "Digital economy, e-commerce, e-transactions"
        case .digitalIndustry: "ICT and electronics industry, software, content"
        case .startupsSmes: "Startups, SMEs and entrepreneurs"
        case .skillsWorkforce: "Digital skills, workforce, human resources"
        case .literacyInclusion: "Digital literacy and inclusion"
        case .researchInnovation: "Research, development and innovation"
        case .digitalHealth: "Digital health"
        case .disasterWeather: "ICT for weather and disaster risk"
        case .investment: "Investment and business facilitation"
        case .otherDigital: "Other digital fields"
        case .sectorAgriculture: "Agriculture"
        case .sectorEducation: "Education"
        case .sectorHealth: "Health"
        case .sectorEnergy: "Energy"
        case .sectorTransport: "Transport"
        case .sectorTourismCulture: "Tourism and culture"
        case .sectorTrade: "Trade"
        case .sectorSecurityDefence: "Security and defence"
        case .sectorEnvironment: "Environment"
        case .sectorLabour: "Labour"
        case .sectorFinance: "Finance"
        case .sectorScience: "Science"
        }
    }

    /// Thai label for people.
    public var labelTh: String {
        switch self {
        case .policyRegulation: "นโยบายและกฎระเบียบ"
        case .digitalGovernment: "รัฐบาลดิจิทัล"
        case .infrastructure: "โครงสร้างพื้นฐานดิจิทัล"
        case .telecomSpectrum: "โทรคมนาคมและคลื่นความถี่"
        case .postal: "ไปรษณีย์"
        case .cybersecurity: "ความมั่นคงปลอดภัยไซเบอร์"
        case .cybercrimeScams: "อาชญากรรมไซเบอร์และการหลอกลวงออนไลน์"
        case .ai: "ปัญญาประดิษฐ์"
        case .dataCloud: "ข้อมูลขนาดใหญ่และคลาวด์"
        case .iot5g: "IoT และ 5G"
        case .smartCity: "เมืองอัจฉริยะ"
        case .digitalEconomy: "เศรษฐกิจดิจิทัล"
        case .digitalIndustry: "อุตสาหกรรมดิจิทัล"
        case .startupsSmes: "สตาร์ทอัพและ SMEs"
        case .skillsWorkforce: "ทักษะและกำลังคนดิจิทัล"
        case .literacyInclusion: "การรู้เท่าทันดิจิทัล"
        case .researchInnovation: "วิจัยและนวัตกรรม"
        case .digitalHealth: "สุขภาพดิจิทัล"
        case .disasterWeather: "ภัยพิบัติและสภาพอากาศ"
        case .investment: "การลงทุน"
        case .otherDigital: "ด้านดิจิทัลอื่น ๆ"
        case .sectorAgriculture: "เกษตร"
        case .sectorEducation: "การศึกษา"
        case .sectorHealth: "สาธารณสุข"
        case .sectorEnergy: "พลังงาน"
        case .sectorTransport: "คมนาคม"
        case .sectorTourismCulture: "การท่องเที่ยวและวัฒนธรรม"
        case .sectorTrade: "การค้า"
        case .sectorSecurityDefence: "ความมั่นคงและการป้องกันประเทศ"
        case .sectorEnvironment: "สิ่งแวดล้อม"
        case .sectorLabour: "แรงงาน"
        case .sectorFinance: "การเงิน"
        case .sectorScience: "วิทยาศาสตร์"
        }
    }
}

/// How the parties cooperate (`areas.md`, Modalities).
public enum Modality: String, Codable, CaseIterable, Sendable, Comparable {
    case informationExchange = "information-exchange"
    case bestPracticeSharing = "best-practice-sharing"
    case visits
    case meetingsDialogue = "meetings-dialogue"
    case expertExchange = "expert-exchange"
    case jointProjects = "joint-projects"
    case training
    case workshopsSeminars = "workshops-seminars"
    case exhibitions
    case startupFacilitation = "startup-facilitation"
    case other

    public static func < (a: Modality, b: Modality) -> Bool { a.rawValue < b.rawValue }
}
