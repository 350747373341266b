import AccordCore
import AccordStore
import Foundation
import ThaiText

/// A piece of interface text in Thai and English.
public struct Localized: Sendable, Equatable {
    public let th: String
    public let en: String

    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    /// The form for a language.
    public func callAsFunction(_ language: Language) -> String { language == .th ? th : en }
}

/// Every interface string, in both languages.
enum Strings {
    static let appName = Localized(th: "Accord — ทะเบียนความร่วมมือระหว่างประเทศ", en: "Accord — Thailand's cooperation registry")
    static let appShort = Localized(th: "Accord", en: "Accord")
    static let skipToContent = Localized(th: "ข้ามไปยังเนื้อหา", en: "Skip to content")
    static let mainNavigation = Localized(th: "เมนูหลัก", en: "Main navigation")
    static let switchLanguage = Localized(th: "English", en: "ภาษาไทย")
    static let switchLanguageLabel = Localized(th: "Read this page in English", en: "อ่านหน้านี้เป็นภาษาไทย")
    static let dashboard = Localized(th: "ภาพรวม", en: "Dashboard")
    static let instruments = Localized(th: "ความตกลง", en: "Instruments")
    static let partners = Localized(th: "คู่ภาคี", en: "Partners")
    static let areas = Localized(th: "สาขาความร่วมมือ", en: "Areas")
    static let search = Localized(th: "ค้นหา", en: "Search")
    static let ingest = Localized(th: "นำเข้าข่าว", en: "Add article")
    static let signIn = Localized(th: "เข้าสู่ระบบ", en: "Sign in")
    static let signOut = Localized(th: "ออกจากระบบ", en: "Sign out")
    static let footer = Localized(th: "ข้อมูลสกัดจากข่าวทำเนียบรัฐบาล ตรวจสอบกับต้นฉบับก่อนใช้อ้างอิง",
                                  en: "Extracted from Thai government news; check the source articles before citing.")

    // Dashboard
    static let totals = Localized(th: "ตัวเลขรวม", en: "Totals")
    static let articles = Localized(th: "ข่าว", en: "Articles")
    static let agreementArticles = Localized(th: "ข่าวเกี่ยวกับความตกลง", en: "Agreement articles")
    static let events = Localized(th: "เหตุการณ์", en: "Events")
    static let perYear = Localized(th: "ความตกลงรายปี", en: "Instruments per year")
    static let perYearDesc = Localized(th: "จำนวนการลงนาม การแลกเปลี่ยน การอนุมัติของ ครม. การรับรอง และการต่ออายุ แยกตามปี",
                                       en: "Signings, exchanges, cabinet approvals, adoptions and renewals per year")
    static let count = Localized(th: "จำนวน", en: "Count")
    static let heatmap = Localized(th: "คู่ภาคีกับสาขาความร่วมมือ", en: "Partners × areas")
    static let heatmapDesc = Localized(th: "จำนวนความตกลงของแต่ละคู่ภาคีในแต่ละสาขา สีเข้มหมายถึงมากกว่า",
                                       en: "Instruments per partner and area; darker means more")
    static let expiringSoon = Localized(th: "ใกล้หมดอายุ (ภายใน \(InstrumentStatus.expiringWindowDays) วัน)", en: "Expiring (within \(InstrumentStatus.expiringWindowDays) days)")
    static let latestArticles = Localized(th: "ข่าวล่าสุด", en: "Latest articles")
    static let noData = Localized(th: "ยังไม่มีข้อมูล", en: "No data yet")
    static let showData = Localized(th: "แสดงข้อมูลเป็นตาราง", en: "Show the data as a table")
    static let byStatus = Localized(th: "ตามสถานะ", en: "By status")

    // Lists and filters
    static let filter = Localized(th: "กรองรายการ", en: "Filter")
    static let apply = Localized(th: "กรอง", en: "Apply")
    static let clear = Localized(th: "ล้างตัวกรอง", en: "Clear")
    static let any = Localized(th: "ทั้งหมด", en: "Any")
    static let counterpart = Localized(th: "คู่ภาคี (รหัส)", en: "Counterpart (code)")
    static let area = Localized(th: "สาขา", en: "Area")
    static let kind = Localized(th: "ประเภท", en: "Kind")
    static let event = Localized(th: "เหตุการณ์", en: "Event")
    static let status = Localized(th: "สถานะ", en: "Status")
    static let fromYear = Localized(th: "ตั้งแต่ปี (ค.ศ.)", en: "From year")
    static let toYear = Localized(th: "ถึงปี (ค.ศ.)", en: "To year")
    static let title = Localized(th: "ชื่อ", en: "Title")
    static let date = Localized(th: "วันที่", en: "Date")
    static let signed = Localized(th: "ลงนาม", en: "Signed")
    static let termEnd = Localized(th: "สิ้นสุด", en: "Term ends")
    static let export = Localized(th: "ส่งออก", en: "Export")
    static let exportCSV = Localized(th: "CSV (Excel)", en: "CSV (Excel)")
    static let exportJSON = Localized(th: "JSON", en: "JSON")
    static let exportICalendar = Localized(th: "ปฏิทิน (iCalendar)", en: "Calendar (iCalendar)")
    static let previous = Localized(th: "ก่อนหน้า", en: "Previous")
    static let next = Localized(th: "ถัดไป", en: "Next")
    static let pagination = Localized(th: "เลขหน้า", en: "Pagination")
    static let review = Localized(th: "ตรวจทาน", en: "Review")
    static let reviewNote = Localized(th: "ระเบียนที่ยังไม่มีผู้ยืนยัน เรียงจากที่น่าเชื่อถือน้อยที่สุด: ตรวจกับข่าวต้นทาง แก้ไขในหน้าระเบียน หรือยืนยันตามที่เป็นอยู่ (บันทึกในประวัติการแก้ไข)", en: "Records no reviewer has confirmed, least certain first: check them against their sources, correct them on their page, or confirm them as they stand (audited).")
    static let alerts = Localized(th: "เรื่องที่ต้องติดตาม", en: "Alerts")
    static let alertsEmpty = Localized(th: "ไม่มีเรื่องที่ต้องติดตามตามตัวกรองนี้", en: "Nothing needs attention for this filter")
    static let alertKind = Localized(th: "ประเภทการแจ้งเตือน", en: "Alert")
    static let alertDue = Localized(th: "ถึงกำหนด", en: "Due")
    static let atomFeed = Localized(th: "ฟีด Atom ของรายการนี้", en: "Atom feed of this list")
    static let deadlinesCalendar = Localized(th: "ปฏิทินวันครบอายุและแผนการลงนาม (iCalendar)", en: "Calendar of term ends and planned signings (iCalendar)")
    static let alertWhy = Localized(th: "เหตุผล", en: "Why")
    static let alertSources = Localized(th: "หลักฐาน", en: "Evidence")
    static let acknowledge = Localized(th: "รับทราบ", en: "Acknowledge")
    static let acknowledgedBy = Localized(th: "รับทราบโดย", en: "Acknowledged by")
    static let acknowledgedFilter = Localized(th: "ที่รับทราบแล้ว", en: "Acknowledged")
    static let acknowledgedHide = Localized(th: "ไม่แสดง", en: "Hide")
    static let acknowledgedInclude = Localized(th: "แสดงด้วย", en: "Include")
    static let acknowledgedOnly = Localized(th: "เฉพาะที่รับทราบแล้ว", en: "Only these")
    static let alertsOpen = Localized(th: "เรื่องที่ต้องติดตาม", en: "Need attention")
    static let reviewEmpty = Localized(th: "ไม่มีระเบียนที่รอการตรวจทาน", en: "Nothing left to review")
    static let confidence = Localized(th: "ความน่าเชื่อถือ", en: "Confidence")
    static let why = Localized(th: "สิ่งที่ทำให้ลดลง", en: "What lowers it")
    static let confirm = Localized(th: "ยืนยัน", en: "Confirm")
    static let confirmedByReviewer = Localized(th: "ยืนยันโดยผู้ตรวจแล้ว", en: "Confirmed by a reviewer")
    static let agency = Localized(th: "หน่วยงานไทย", en: "Thai agency")
    static let composedTitle = Localized(th: "ชื่อที่ระบบประกอบขึ้นจากประเภท คู่ภาคี และสาขา (ข่าวไม่ได้ระบุชื่อ)", en: "Title composed from kind, parties and subject (no article names it)")
    static let composedTitleNote = Localized(th: "ข่าวที่เป็นแหล่งข้อมูลไม่ได้ระบุชื่อของตราสารนี้ ชื่อข้างต้นประกอบขึ้นจากประเภท คู่ภาคี และสาขาความร่วมมือ", en: "No source article names this instrument: the title above is composed from its kind, parties and subject.")
    static let noInstruments = Localized(th: "ไม่พบความตกลงที่ตรงกับเงื่อนไข", en: "No instruments match")
    static let instrumentsCount = Localized(th: "จำนวนความตกลง", en: "Instruments")
    static let lastActivity = Localized(th: "ล่าสุด", en: "Latest")
    static let code = Localized(th: "รหัส", en: "Code")
    static let name = Localized(th: "ชื่อ", en: "Name")

    // Instrument
    static let details = Localized(th: "รายละเอียด", en: "Details")
    static let titleTh = Localized(th: "ชื่อภาษาไทย", en: "Thai title")
    static let titleEn = Localized(th: "ชื่อภาษาอังกฤษ", en: "English title")
    static let term = Localized(th: "ระยะเวลา", en: "Term")
    static let place = Localized(th: "สถานที่", en: "Place")
    static let international = Localized(th: "ระหว่างประเทศ", en: "International")
    static let domestic = Localized(th: "ในประเทศ", en: "Domestic")
    static let scopeKind = Localized(th: "ลักษณะ", en: "Reach")
    static let parties = Localized(th: "ภาคี", en: "Parties")
    static let country = Localized(th: "ประเทศ/องค์กร", en: "Country or body")
    static let signatories = Localized(th: "ผู้ลงนามและผู้เกี่ยวข้อง", en: "Signatories")
    static let role = Localized(th: "บทบาท", en: "Role")
    static let position = Localized(th: "ตำแหน่ง", en: "Position")
    static let scope = Localized(th: "ขอบเขตความร่วมมือ", en: "Scope")
    static let modalities = Localized(th: "รูปแบบความร่วมมือ", en: "Modalities")
    static let timeline = Localized(th: "ลำดับเหตุการณ์", en: "Timeline")
    static let dateFromPublication = Localized(th: "ไม่ระบุวันที่ ใช้วันที่เผยแพร่ข่าว", en: "No date given; publication date used")
    static let sourceArticles = Localized(th: "ข่าวต้นทางและหลักฐาน", en: "Source articles and evidence")
    static let evidence = Localized(th: "หลักฐาน", en: "Evidence")
    static let field = Localized(th: "ช่องข้อมูล", en: "Field")
    static let excerpt = Localized(th: "ข้อความ", en: "Excerpt")
    static let originalArticle = Localized(th: "ข่าวต้นฉบับ", en: "Original article")
    static let published = Localized(th: "เผยแพร่", en: "Published")
    static let revision = Localized(th: "ฉบับแก้ไขที่", en: "Revision")
    static let olderRevision = Localized(th: "ฉบับเก่า (มีฉบับใหม่กว่า)", en: "Older revision (superseded)")
    static let links = Localized(th: "เหตุผลที่รวมข่าวเป็นความตกลงเดียวกัน", en: "Why these sources were joined")
    static let linksCaption = Localized(th: "การเชื่อมโยงแต่ละข่าวกับความตกลงนี้ (เหตุผลจากระบบ เป็นภาษาอังกฤษ)", en: "How each article was linked to this instrument")
    static let matchedEvent = Localized(th: "จับคู่กับเหตุการณ์", en: "Matched event")
    static let score = Localized(th: "คะแนน", en: "Score")
    static let reasons = Localized(th: "เหตุผล", en: "Reasons")
    static let founded = Localized(th: "ข่าวแรกที่สร้างรายการนี้", en: "First source (created the instrument)")
    static let corrections = Localized(th: "ประวัติการแก้ไขด้วยมือ", en: "Corrections (audit log)")
    static let noCorrections = Localized(th: "ยังไม่มีการแก้ไข", en: "No corrections")
    static let oldValue = Localized(th: "ค่าเดิม", en: "Old value")
    static let newValue = Localized(th: "ค่าใหม่", en: "New value")
    static let actor = Localized(th: "ผู้แก้ไข", en: "By")
    static let when = Localized(th: "เมื่อ", en: "When")
    static let correct = Localized(th: "แก้ไขข้อมูล", en: "Correct a field")
    static let value = Localized(th: "ค่า", en: "Value")
    static let save = Localized(th: "บันทึก", en: "Save")
    static let noSourceText = Localized(th: "ไม่มีข้อความข่าว", en: "No article text stored")
    static let evidenceOutOfRange = Localized(th: "ตำแหน่งหลักฐานอยู่นอกข้อความ", en: "Evidence offsets outside the text")

    // Partner and area
    static let areasCovered = Localized(th: "สาขาที่ครอบคลุม", en: "Areas covered")
    static let noPartners = Localized(th: "ยังไม่มีคู่ภาคี", en: "No partners yet")
    static let allAreas = Localized(th: "สาขาทั้งหมด", en: "All areas")

    // Search
    static let query = Localized(th: "คำค้น", en: "Search terms")
    static let noResults = Localized(th: "ไม่พบผลลัพธ์", en: "Nothing found")
    static let searchHint = Localized(th: "ค้นหาจากชื่อความตกลง ภาคี และเนื้อข่าว (ไทยหรืออังกฤษ)",
                                      en: "Searches titles, parties and article text (Thai or English)")

    // Ingest
    static let articleText = Localized(th: "ข้อความข่าว", en: "Article text")
    static let ingestHint = Localized(th: "วางข้อความข่าวทั้งหมด รวมบรรทัดหัวข่าว วันที่ และที่มา",
                                      en: "Paste the whole article, including the headline, date line and source line")
    static let preview = Localized(th: "ดูผลการสกัด", en: "Preview")
    static let saveArticle = Localized(th: "บันทึกลงทะเบียน", en: "Save to registry")
    static let extraction = Localized(th: "ผลการสกัดข้อมูล", en: "Extraction")
    static let isAgreementNews = Localized(th: "เป็นข่าวความตกลง", en: "Agreement news")
    static let yes = Localized(th: "ใช่", en: "Yes")
    static let no = Localized(th: "ไม่ใช่", en: "No")
    static let agreement = Localized(th: "ความตกลงที่", en: "Agreement")
    static let noAgreements = Localized(th: "ไม่พบความตกลงในข่าวนี้", en: "No agreements found in this article")
    static let saved = Localized(th: "บันทึกแล้ว", en: "Saved")
    static let created = Localized(th: "สร้างใหม่", en: "Created")
    static let updated = Localized(th: "ปรับปรุง", en: "Updated")
    static let duplicate = Localized(th: "ข่าวนี้มีอยู่แล้ว ไม่มีการเปลี่ยนแปลง", en: "This article is already stored; nothing changed")
    static let revised = Localized(th: "บันทึกเป็นฉบับแก้ไขใหม่", en: "Stored as a new revision")
    static let new = Localized(th: "บันทึกเป็นข่าวใหม่", en: "Stored as a new article")
    static let errorTitle = Localized(th: "เกิดข้อผิดพลาด", en: "Something went wrong")

    // Sign in
    static let user = Localized(th: "ชื่อผู้ใช้", en: "User name")
    static let password = Localized(th: "รหัสผ่าน", en: "Password")
    static let signInHint = Localized(th: "เฉพาะผู้แก้ไขข้อมูล การอ่านไม่ต้องเข้าสู่ระบบ", en: "For editors only; reading needs no account")

    // Errors
    static let backHome = Localized(th: "กลับหน้าแรก", en: "Back to the dashboard")
}

/// Vocabulary labels in both languages (AccordCore gives Thai and English for kinds, events, areas).
enum Labels {
    static func kind(_ k: InstrumentKind, _ l: Language) -> String { l == .th ? k.labelTh : k.label }
    static func event(_ e: EventKind, _ l: Language) -> String { l == .th ? e.labelTh : e.label }
    static func area(_ a: Area, _ l: Language) -> String { l == .th ? a.labelTh : a.label }

    static func status(_ s: InstrumentStatus, _ l: Language) -> String {
        guard l == .th else { return s.label }
        return switch s {
        case .draftApproved: "ครม. เห็นชอบร่าง"
        case .signed: "ลงนามแล้ว"
        case .expiring: "ใกล้หมดอายุ"
        case .expired: "หมดอายุ"
        case .renewed: "ต่ออายุแล้ว"
        case .reported: "มีรายงานข่าว"
        case .inForce: "มีผลใช้บังคับ"
        case .adopted: "รับรองแล้ว"
        }
    }

    static func role(_ r: SignatoryRole, _ l: Language) -> String {
        switch r {
        case .signatory: l == .th ? "ผู้ลงนาม" : "Signatory"
        case .witness: l == .th ? "พยาน" : "Witness"
        case .representative: l == .th ? "ผู้แทน" : "Representative"
        }
    }

    static func modality(_ m: Modality, _ l: Language) -> String {
        let (th, en): (String, String) = switch m {
        case .informationExchange: ("แลกเปลี่ยนข้อมูล", "Information exchange")
        case .bestPracticeSharing: ("แบ่งปันแนวปฏิบัติที่ดี", "Sharing best practices")
        case .visits: ("การเยือน", "Visits")
        case .meetingsDialogue: ("การประชุมและหารือ", "Meetings and dialogue")
        case .expertExchange: ("แลกเปลี่ยนผู้เชี่ยวชาญ", "Expert exchange")
        case .jointProjects: ("โครงการร่วม", "Joint projects")
        case .training: ("ฝึกอบรม", "Training")
        case .workshopsSeminars: ("สัมมนาและเวิร์กช็อป", "Workshops and seminars")
        case .exhibitions: ("นิทรรศการ", "Exhibitions")
        case .startupFacilitation: ("สนับสนุนสตาร์ทอัพ", "Startup facilitation")
        case .other: ("อื่น ๆ", "Other")
        }
        return l == .th ? th : en
    }

    /// A reason `RecordConfidence` gives, in the page's language.
    static func confidenceReason(_ r: String, _ l: Language) -> String {
        guard l == .th else { return r }
        switch r {
        case "no article names it": return "ไม่มีข่าวใดระบุชื่อ"
        case "no party named": return "ไม่ระบุคู่ภาคี"
        case "foreign partner unknown": return "ไม่ทราบคู่ภาคีต่างประเทศ"
        case "no event dated by its article": return "ข่าวไม่ระบุวันของเหตุการณ์"
        case "a single source": return "มีแหล่งข่าวเดียว"
        default:
            if r.hasPrefix("sources give signing dates") { return "แหล่งข่าวระบุวันลงนามต่างกัน" + r.dropFirst("sources give signing dates".count).replacingOccurrences(of: "days apart", with: "วัน") }
            return r
        }
    }

    static func field(_ f: CorrectableField, _ l: Language) -> String {
        let (th, en): (String, String) = switch f {
        case .titleTh: ("ชื่อภาษาไทย", "Thai title")
        case .titleEn: ("ชื่อภาษาอังกฤษ", "English title")
        case .instrument: ("ประเภท", "Kind")
        case .durationYears: ("ระยะเวลา (ปี)", "Term (years)")
        case .place: ("สถานที่", "Place")
        case .status: ("สถานะ", "Status")
        case .confirmed: ("ยืนยันโดยผู้ตรวจ", "Confirmed by a reviewer")
        }
        return l == .th ? th : en
    }

    /// A counterpart's name (`PartnerName`): bodies by the table, ISO codes by CLDR, else the code itself.
    static func partner(_ code: String, _ l: Language) -> String { PartnerName.name(code, l) }

    /// `JP` → `Japan (JP)`; a body's acronym stays as it is.
    static func partnerWithCode(_ code: String, _ l: Language) -> String {
        let name = partner(code, l)
        return name == code ? code : "\(name) (\(code))"
    }

    /// A date as people read it: Thai uses the Buddhist era and Thai month names, English `2 Dec 2026`.
    static func date(_ d: CalendarDate?, _ l: Language) -> String {
        guard let d else { return "—" }
        if l == .th {
            let months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
            return "\(d.day) \(months[d.month - 1]) \(d.year + 543)"
        }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }

    /// A number of years without a needless `.0`.
    static func years(_ y: Double, _ l: Language) -> String { l.years(y) }
}
