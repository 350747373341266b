import ThaiText
import AccordCore

/// Words the rules look for, as scalar arrays built once.
enum Cues {
    typealias S = [Unicode.Scalar]
    static func a(_ s: String) -> S { Array(s.unicodeScalars) }

    /// How an instrument is named: formal Thai names, English formal names, acronyms.
    enum MentionForm: Sendable { case thai, english, acronym }

    /// Thai formal names, longest first.
    static let thaiInstruments: [(S, InstrumentKind)] = ([
        ("บันทึกข้อตกลงความเข้าใจ", .mou), ("บันทึกข้อตกลงความร่วมมือ", .moa), ("บันทึกข้อตกลง", .moa), ("บันทึกความตกลง", .moa),
        ("บันทึกความเข้าใจ", .mou), ("บันทึกความร่วมมือ", .moc),
        ("หนังสือแสดงเจตจำนง", .loi), ("หนังสือแสดงเจตนารมณ์", .loi),
        ("แถลงการณ์ร่วม", .declaration), ("แถลงการร่วม", .declaration), ("ถ้อยแถลงร่วม", .declaration), ("ปฏิญญา", .declaration),
        ("แถลงการณ์", .declaration), ("เอกสารผลลัพธ์", .declaration), ("แผนปฏิบัติการ", .other), ("แผนงาน", .other),
        ("สนธิสัญญา", .agreement), ("อนุสัญญา", .agreement), ("ความตกลง", .agreement), ("ข้อตกลง", .agreement),
        ("พิธีสาร", .agreement), ("กฎบัตร", .agreement),
        ("เอ็มโอยู", .mou),
    ] as [(String, InstrumentKind)]).map { (a($0.0), $0.1) }

    /// Names that are instruments only between parties, one of them foreign: a national action plan, a press
    /// statement or a meeting's own papers are not instruments.
    static let foreignOnly: Set<S> = Set(["แถลงการณ์", "เอกสารผลลัพธ์", "แผนปฏิบัติการ", "แผนงาน", "Plan of Action", "Work Plan", "Statement"].map(a))

    static let acronyms: [(S, InstrumentKind)] = ([
        ("MOU", .mou), ("MoU", .mou), ("MOUs", .mou), ("MoUs", .mou), ("M.O.U.", .mou),
        ("MOC", .moc), ("MoC", .moc), ("MOA", .moa), ("MoA", .moa), ("LOI", .loi), ("LoI", .loi),
    ] as [(String, InstrumentKind)]).map { (a($0.0), $0.1) }

    /// English formal names (decide the kind when they follow a Thai name in parentheses).
    static let english: [(S, InstrumentKind)] = ([
        ("Memorandum of Understanding", .mou), ("Memorandum of Cooperation", .moc), ("Memorandum of Co-operation", .moc),
        ("Memorandum of Agreement", .moa), ("Letter of Intent", .loi), ("Joint Declaration", .declaration),
        ("Declaration", .declaration), ("Joint Statement", .declaration), ("Agreement", .agreement), ("Treaty", .agreement),
        ("Protocol", .agreement), ("Charter", .agreement), ("Arrangement", .agreement), ("Framework", .other),
        ("Convention", .agreement), ("Plan of Action", .other), ("Work Plan", .other), ("Statement", .declaration),
    ] as [(String, InstrumentKind)]).map { (a($0.0), $0.1) }

    // Event triggers.
    static let sign = a("ลงนาม")
    static let signEn = [a("sign")]
    static let exchange = a("แลกเปลี่ยน")
    static let renewal = [a("ต่ออายุ"), a("ขยายระยะเวลา"), a("ขยายอายุ"), a("renew")]
    static let approval = [a("เห็นชอบ"), a("อนุมัติ"), a("มีมติ"), a("ให้ความเห็นชอบ"), a("มติ"), a("approv"), a("endorsed")]
    static let cabinet = [a("ครม"), a("คณะรัฐมนตรี"), a("The cabinet"), a("the cabinet"), a("Cabinet")]
    /// Talks still going on after the instrument ("…อยู่ระหว่างการพิจารณา", "under negotiation"): a plan.
    static let pending = [a("อยู่ระหว่างการพิจารณา"), a("อยู่ระหว่างพิจารณา"), a("อยู่ระหว่างการเจรจา"), a("อยู่ระหว่างเจรจา"),
                          a("อยู่ระหว่างการจัดทำ"), a("อยู่ระหว่างจัดทำ"), a("อยู่ระหว่างการยกร่าง"), a("under negotiation"), a("under consideration")]
    /// Joining a multilateral instrument: an event of its own (other), a plan when announced.
    static let accession = [a("เข้าเป็นภาคี"), a("ภาคยานุวัติ"), a("ให้สัตยาบัน"), a("สัตยาบันสาร"), a("accede"), a("accession to"), a("ratif")]
    /// Future markers before ลงนาม: strong ones make a plan; weak ones only when no past date is stated.
    static let planBeforeSign = [a("จะ"), a("เตรียม"), a("กำหนด"), a("ผลักดัน"), a("คาดว่า"), a("สู่"), a("will "), a("to "), a("plan"), a("expected")]
    static let weakPlanBeforeSign = [a("เพื่อ"), a("พร้อม"), a("ขอ"), a("ให้")]
    /// Adoption of a declaration or statement at a meeting, without a signature.
    static let adoption = [a("ให้การรับรอง"), a("รับรอง"), a("adopt"), a("endorse")]
    /// "ออก" right before the statement ("ออกแถลงการณ์ร่วม"): issued at the meeting.
    static let issued = [a("ออก"), a("issued")]
    static let planWords = [a("จัดทำ"), a("ยกร่าง"), a("เจรจา"), a("ผลักดัน"), a("เตรียมการ")]
    /// Words that put a mention in the background: work under it, or a signing long past.
    static let background = [a("ภายใต้"), a("ตาม"), a("เคย"), a("ที่ผ่านมา")]
    static let witness = a("สักขีพยาน")
    static let representative = a("ผู้แทน")
    static let chair = a("ประธาน")
    static let with = a("กับ")
    static let between = a("ระหว่าง")
    static let concerning = a("ว่าด้วย")
    static let draft = a("ร่าง")
    static let at = a("ณ ")

    /// Where a title stops.
    static let titleStops: [S] = [
        " โดย", " ณ ", " ในช่วง", " ตามที่", " เพื่อ", " ซึ่ง", " และแลกเปลี่ยน", " เมื่อ", " ที่มี", " ในวันที่", " วันที่",
        " เป็นผู้", " ทั้งนี้", " นับเป็น", " พร้อม", " และได้", " ได้", " ในการ", " ในโอกาส", " ภายใต้", " มีระยะเวลา", " มีผล", " มีสาระ",
        " มีวัตถุประสงค์", " มีเนื้อหา", " ดังกล่าว", " ตามที่", " ต่อไป", " เรียบร้อย", " ร่วมกัน", " ขึ้น", " โดยมี", " ซึ่งจะ", " จำนวน",
        " และอนุมัติ", " และเห็นชอบ", " และแต่งตั้ง", " และมอบหมาย", " และเมื่อ", " และจะ", " รวมทั้ง", " รวมถึง", " ทั้งในด้าน", " ครั้งนี้",
        "โดยมี", "ตามที่", "ณ ", "“", "\"",
    ].map(a)

    /// Where a place (after `ณ`) stops.
    static let placeStops: [S] = [" โดย", " เมื่อ", " เพื่อ", " ซึ่ง", " ทั้งนี้", " (", " และ", " พร้อม", " ในช่วง", " ระหว่าง", " ภายใต้", " นับ", " ถือ", " เป็น", " ได้", " ว่า", "“"].map(a)

    /// Honorifics and ranks, longest first (dropped from names).
    static let honorifics: [S] = [
        "ศาสตราจารย์คลินิกเกียรติคุณ", "ศาสตราจารย์คลินิก", "ศาสตราจารย์เกียรติคุณ", "ศ.คลินิกเกียรติคุณ", "ศ.คลินิก", "ศ.เกียรติคุณ", "เกียรติคุณ",
        "สัตวแพทย์หญิง", "สัตวแพทย์", "ทันตแพทย์หญิง", "ทันตแพทย์", "เภสัชกรหญิง", "เภสัชกร", "สพ.", "ทพญ.", "ภญ.",
        "ศาสตราจารย์พิเศษ", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "ศาสตราจารย์", "ศ.พิเศษ", "ศ.ดร.", "รศ.ดร.", "ผศ.ดร.", "รศ.", "ผศ.", "ศ.",
        "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "ว่าที่ร.ต.",
        "พลเอก", "พลอากาศเอก", "พลเรือเอก", "พลตำรวจเอก", "พลโท", "พลตรี",
        "พล.อ.อ.", "พล.ร.อ.", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พล.อ.ท.", "พล.ร.ท.", "พล.อ.", "พล.ท.", "พล.ต.",
        "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.ต.อ.", "ร.อ.", "ร.ท.", "ร.ต.", "น.อ.", "น.ท.",
        "หม่อมราชวงศ์", "หม่อมหลวง", "ม.ร.ว.", "ม.ล.", "คุณหญิง", "ท่านผู้หญิง",
        "นายแพทย์", "แพทย์หญิง", "นพ.", "พญ.", "ทพ.", "ภก.", "ดร.", "ดร ",
        "นางสาว", "น.ส.", "นาง", "นาย",
        "His Excellency", "Her Excellency", "H.E.", "H.E", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr ", "Ms ", "Mrs ",
    ].map(a)

    /// Words that follow `นาย`/`นาง` without being a name (นายกรัฐมนตรี, นายอำเภอ...).
    static let notNameAfterHonorific: [S] = [
        "ก", "ทะเบียน", "อำเภอ", "จ้าง", "หน้า", "ทหาร", "ตำรวจ", "ด่าน", "ช่าง", "พราน", "ร้อย", "สิบ", "พัน", "พล", "ประกัน",
        "งาม", "ฟ้า", "พยาบาล", "แบบ", "ห้าง", "ทุน", "เรือ", "สถานี", "ประตู", "ท้าย", "ชั้น",
    ].map(a)

    /// Words that start a position or a verb, so they are not a surname.
    static let notSurname: [S] = [
        "รัฐมนตรี", "รอง", "ปลัด", "อธิบดี", "เอกอัครราชทูต", "ผู้", "นายก", "ประธาน", "เลขาธิการ", "ผอ", "อธิการบดี",
        "กรรมการ", "ที่ปรึกษา", "โฆษก", "หัวหน้า", "ประธานาธิบดี", "ผบ", "เจ้า", "สมาชิก", "อุป", "กงสุล", "ทูต", "นายกรัฐมนตรี",
        "กล่าว", "ได้", "เป็น", "ร่วม", "เข้า", "เปิดเผย", "และ", "พร้อม", "ซึ่ง", "ที่", "ให้", "จะ", "ลงนาม", "ใน", "ณ", "เดินทาง",
        "มอบ", "นำ", "โดย", "แถลง", "ระบุ", "ชี้แจง", "เผย", "ย้ำ", "ว่า", "กับ", "ยัง", "มี", "อดีต", "ส.ส.", "ส.ว.", "สส.", "ผู้ว่า",
        "เลขา", "ผู้ช่วย", "ผู้อำนวยการ", "ผู้บัญชาการ", "ผู้แทน", "ประจำ", "ผู้ว่าราชการ", "คณบดี", "นายกสมาคม", "ประธานกรรมการ",
        "ซีอีโอ", "CEO", "Chief", "President", "Minister", "Deputy", "Ambassador", "Secretary", "Director", "Governor", "Chairman",
        "เสริมว่า", "ต่อว่า", "อีกว่า", "ชี้แจง", "ยืนยัน", "แสดง", "มีความ",
        "(", "“", "\"",
    ].map(a)

    /// Where a position stops.
    static let positionStops: [S] = [
        " (", " ได้", " เป็น", " และนาย", " และนาง", " และ", " ร่วม", " เข้า", " เปิดเผย", " กล่าว", " โดย", " ณ ", " พร้อม", " ว่า",
        ",", " ซึ่ง", " ลงนาม", " ในฐานะ", " ที่", " ให้", " จะ", " นำ", " เดินทาง", " มอบ", " แถลง", " ระบุ", " เผย", " ย้ำ", " กับ",
        " ฝ่าย", " เพื่อ", " ใน", " ต่อ", " ตาม", " เมื่อ", " ประชุม", " หารือ", "(", "“", "\"", " ทั้ง", " วันนี้", " เยี่ยม",
    ].map(a)

    /// Verbs that end a position even when glued to it ("…กระทรวงศึกษาธิการเดินทางเยือน…"); no office name contains them.
    static let positionGluedStops: [S] = ["เดินทาง", "เปิดเผย", "กล่าว", "ลงนาม", "ให้การต้อนรับ", "เข้าร่วม"].map(a)

    /// Words a position starts with (or contains).
    static let positionWords: [S] = [
        "รัฐมนตรี", "รอง", "ปลัด", "อธิบดี", "เอกอัครราชทูต", "ผู้", "นายก", "ประธาน", "เลขาธิการ", "ผอ", "อธิการบดี",
        "กรรมการ", "ที่ปรึกษา", "โฆษก", "หัวหน้า", "ประธานาธิบดี", "ผบ", "เจ้าหน้าที่", "สมาชิก", "อุปทูต", "กงสุล", "อัครราชทูต",
        "Minister", "Ambassador", "President", "Secretary", "Director", "Chairman", "Chief", "Governor", "Deputy", "CEO",
        "คณบดี", "ซีอีโอ", "นายอำเภอ", "ผู้ว่าราชการ", "ราชเลขาธิการ", "เลขานุการ", "ทูต",
    ].map(a)

    /// Scope cues that may precede a list.
    static let scopeCues: [S] = ["ขอบเขต", "สาขา", "ด้าน", "สาระสำคัญ", "ครอบคลุม", "ความร่วมมือ", "กรอบ", "scope", "areas"].map(a)
    /// Unnumbered list openers ("อาทิ" only gives examples, so it opens no enumerated scope).
    static let listStarters: [S] = ["ได้แก่", "ประกอบด้วย", "คือ"].map(a)
    /// Counted things that are not areas of cooperation ("4 หน่วยงาน ได้แก่", "3 ฉบับ ได้แก่").
    static let nonScopeUnits: [S] = ["หน่วยงาน", "ฉบับ", "ราย", "แห่ง", "คน", "องค์กร", "ประเทศ", "บริษัท", "สถาบัน", "มหาวิทยาลัย", "จังหวัด", "ท่าน"].map(a)
    static let listScopeCues: [S] = ["ขอบเขต", "ด้านหลัก", "สาขาหลัก", "ความร่วมมือสำคัญ", "สาขา", "กรอบความร่วมมือ", "สาระสำคัญ", "ความร่วมมือใน", "ความร่วมมือด้าน", "ความร่วมมือ ", "ความร่วมมือจะ", "ประเด็นความร่วมมือ", "หลายด้าน", "หลายสาขา"].map(a)
    static let objective = a("วัตถุประสงค์")
    static let nonScopeItemStarts: [S] = ["เห็นชอบ", "อนุมัติ", "มอบหมาย", "รับทราบ", "ให้", "อนุญาต", "เรื่อง"].map(a)
    /// Connector prefixes stripped from unnumbered items.
    static let connectors: [S] = ["นอกจากนี้", "นอกจากนั้น", "ยัง", "ครอบคลุม", "ประเด็น", "รวมถึง", "รวมทั้ง", "ตลอดจน", "และ", "ทั้ง", "ด้วย", "อีกทั้ง"].map(a)
    static let splitConnectors: [S] = ["รวมถึง", "รวมทั้ง", "นอกจากนี้", "นอกจากนั้น", "ตลอดจน", "อีกทั้ง"].map(a)
    static let nominalisers: [S] = ["การ", "ความ"].map(a)
    static let notNominal: [S] = ["การสื่อสาร"].map(a)
    static let etc = a("เป็นต้น")

    static let spokesperson = a("โฆษก")
    static let thaiAffiliation: [S] = ["แห่งราชอาณาจักรไทย", "ของไทย", "ของประเทศไทย"].map(a)
    static let partyStarts: [S] = [
        "กระทรวง", "สำนักงาน", "กรม", "รัฐบาล", "สาธารณรัฐ", "ราชอาณาจักร", "ประเทศ", "สมาคม", "องค์การ", "องค์กร", "มหาวิทยาลัย",
        "บริษัท", "ธนาคาร", "การไฟฟ้า", "การท่าเรือ", "การรถไฟ", "การท่องเที่ยว", "การนิคม", "การประปา", "สถาบัน", "ศูนย์", "หน่วยงาน",
        "คณะ", "เทศบาล", "จังหวัด", "สภา", "กองทัพ", "กองบัญชาการ", "สำนัก", "สหพันธ์", "สหภาพ", "นคร", "มณฑล", "รัฐ", "ก.", "บมจ.",
        "สปป.", "ผู้", "ทบวง", "เมือง", "แขวง", "ไทย", "กลุ่ม", "ภาค",
    ].map(a)

    // Areas by keyword (item texts are matched case-insensitively for Latin).
    static let areaCues: [(S, Area)] = {
        let t: [(String, Area)] = [
            ("นโยบาย", .policyRegulation), ("กฎระเบียบ", .policyRegulation), ("กฎหมาย", .policyRegulation), ("ข้อบังคับ", .policyRegulation),
            ("กำกับดูแล", .policyRegulation), ("policies", .policyRegulation), ("regulation", .policyRegulation), ("policy", .policyRegulation), ("governance", .policyRegulation),
            ("รัฐบาลดิจิทัล", .digitalGovernment), ("บริการสาธารณะ", .digitalGovernment), ("e-government", .digitalGovernment), ("digital government", .digitalGovernment),
            ("digital governance", .digitalGovernment), ("รัฐบาลอิเล็กทรอนิกส์", .digitalGovernment),
            ("โครงสร้างพื้นฐาน", .infrastructure), ("บรอดแบนด์", .infrastructure), ("โครงข่าย", .infrastructure), ("infrastructure", .infrastructure), ("broadband", .infrastructure),
            ("โทรคมนาคม", .telecomSpectrum), ("คลื่นความถี่", .telecomSpectrum), ("itu", .telecomSpectrum), ("spectrum", .telecomSpectrum), ("telecommunication", .telecomSpectrum),
            ("ดาวเทียม", .telecomSpectrum),
            ("ไปรษณีย์", .postal), ("postal", .postal),
            ("ความมั่นคงปลอดภัยไซเบอร์", .cybersecurity), ("ความมั่นคงปลอดภัยทางไซเบอร์", .cybersecurity), ("ความมั่นคงปลอดภัยทางข้อมูล", .cybersecurity),
            ("ความมั่นคงปลอดภัยทางดิจิทัล", .cybersecurity), ("cybersecurity", .cybersecurity), ("cyber security", .cybersecurity), ("digital security", .cybersecurity),
            ("ความปลอดภัยไซเบอร์", .cybersecurity), ("คุ้มครองข้อมูลส่วนบุคคล", .cybersecurity),
            ("อาชญากรรมไซเบอร์", .cybercrimeScams), ("อาชญากรรมทางเทคโนโลยี", .cybercrimeScams), ("หลอกลวง", .cybercrimeScams), ("scam", .cybercrimeScams), ("cybercrime", .cybercrimeScams),
            ("ปัญญาประดิษฐ์", .ai), ("ai", .ai), ("artificial intelligence", .ai),
            ("ข้อมูลขนาดใหญ่", .dataCloud), ("big data", .dataCloud), ("คลาวด์", .dataCloud), ("cloud", .dataCloud), ("การคำนวณประสิทธิภาพสูง", .dataCloud),
            ("อินเทอร์เน็ตของสรรพสิ่ง", .iot5g), ("อินเทอร์เน็ตเพื่อสรรพสิ่ง", .iot5g), ("iot", .iot5g), ("internet of things", .iot5g), ("5g", .iot5g), ("future networks", .iot5g),
            ("เมืองอัจฉริยะ", .smartCity), ("สมาร์ทซิตี้", .smartCity), ("smart cit", .smartCity),
            ("เศรษฐกิจดิจิทัล", .digitalEconomy), ("พาณิชย์อิเล็กทรอนิกส์", .digitalEconomy), ("ธุรกรรมทางอิเล็กทรอนิกส์", .digitalEconomy), ("e-commerce", .digitalEconomy),
            ("digital economy", .digitalEconomy), ("แพลตฟอร์มดิจิทัล", .digitalEconomy), ("digital platform", .digitalEconomy), ("ชำระเงิน", .digitalEconomy),
            ("อุตสาหกรรมไอที", .digitalIndustry), ("อุตสาหกรรมไอซีที", .digitalIndustry), ("อุตสาหกรรมดิจิทัล", .digitalIndustry), ("อุตสาหกรรมอิเล็กทรอนิกส์", .digitalIndustry),
            ("ฮาร์ดแวร์", .digitalIndustry), ("ซอฟต์แวร์", .digitalIndustry), ("ดิจิทัลคอนเทนต์", .digitalIndustry), ("ดิจิทัล คอนเทนต์", .digitalIndustry),
            ("ดิจิทัลคอนแทนต์", .digitalIndustry), ("digital content", .digitalIndustry), ("ระบบอิเล็กทรอนิกส์", .digitalIndustry), ("software", .digitalIndustry),
            ("สตาร์ทอัพ", .startupsSmes), ("สตาร์ตอัพ", .startupsSmes), ("startup", .startupsSmes), ("start-up", .startupsSmes), ("วิสาหกิจขนาดกลางและขนาดย่อม", .startupsSmes),
            ("วิสาหกิจ ขนาดกลางและขนาดย่อม", .startupsSmes), ("smes", .startupsSmes), ("ผู้ประกอบการ", .startupsSmes), ("เริ่มต้นธุรกิจ", .startupsSmes),
            ("ทักษะ", .skillsWorkforce), ("กำลังคน", .skillsWorkforce), ("พัฒนาบุคลากร", .skillsWorkforce), ("ทรัพยากรมนุษย์", .skillsWorkforce),
            ("ศักยภาพบุคคล", .skillsWorkforce), ("ฝึกอบรม", .skillsWorkforce), ("manpower", .skillsWorkforce), ("human resource", .skillsWorkforce), ("skill", .skillsWorkforce),
            ("การรู้เท่าทัน", .literacyInclusion), ("digital literacy", .literacyInclusion), ("digital inclusion", .literacyInclusion), ("โอกาสและศักยภาพของประชาชน", .literacyInclusion),
            ("โอกาสทางดิจิทัล", .literacyInclusion), ("โอกาสด้านดิจิทัล", .literacyInclusion), ("ความเข้าใจและการใช้เทคโนโลยีดิจิทัล", .literacyInclusion),
            ("วิจัย", .researchInnovation), ("นวัตกรรม", .researchInnovation), ("research", .researchInnovation), ("innovation", .researchInnovation),
            ("สุขภาพดิจิทัล", .digitalHealth), ("e-health", .digitalHealth), ("การแพทย์ทางไกล", .digitalHealth), ("telemedicine", .digitalHealth),
            ("ภัยพิบัติ", .disasterWeather), ("สภาพอากาศ", .disasterWeather), ("อุตุนิยมวิทยา", .disasterWeather), ("disaster", .disasterWeather),
            ("การลงทุน", .investment), ("investment", .investment), ("อำนวยความสะดวกให้แก่วิสาหกิจ", .investment), ("อำนวยความสะดวกทางธุรกิจ", .investment),
            ("สาขาอื่น", .otherDigital), ("ด้านอื่น", .otherDigital), ("ความร่วมมืออื่น", .otherDigital), ("other fields", .otherDigital), ("การเปลี่ยนแปลงทางดิจิทัล", .otherDigital),
            ("digital transformation", .otherDigital),
            ("เกษตร", .sectorAgriculture), ("ประมง", .sectorAgriculture), ("ปศุสัตว์", .sectorAgriculture), ("อาหาร", .sectorAgriculture), ("agricultur", .sectorAgriculture),
            ("การศึกษา", .sectorEducation), ("นักเรียน", .sectorEducation), ("นักศึกษา", .sectorEducation), ("ทุนการศึกษา", .sectorEducation), ("education", .sectorEducation),
            ("สาธารณสุข", .sectorHealth), ("การแพทย์", .sectorHealth), ("สุขภาพ", .sectorHealth), ("โรค", .sectorHealth), ("วัคซีน", .sectorHealth), ("health", .sectorHealth),
            ("พลังงาน", .sectorEnergy), ("ไฟฟ้า", .sectorEnergy), ("ก๊าซ", .sectorEnergy), ("น้ำมัน", .sectorEnergy), ("energy", .sectorEnergy),
            ("คมนาคม", .sectorTransport), ("ขนส่ง", .sectorTransport), ("รถไฟ", .sectorTransport), ("การบิน", .sectorTransport), ("ท่าเรือ", .sectorTransport),
            ("ทางหลวง", .sectorTransport), ("โลจิสติกส์", .sectorTransport), ("transport", .sectorTransport), ("การเดินเรือ", .sectorTransport),
            ("ท่องเที่ยว", .sectorTourismCulture), ("วัฒนธรรม", .sectorTourismCulture), ("กีฬา", .sectorTourismCulture), ("tourism", .sectorTourismCulture), ("culture", .sectorTourismCulture),
            ("การค้า", .sectorTrade), ("พาณิชย์", .sectorTrade), ("ส่งออก", .sectorTrade), ("นำเข้า", .sectorTrade), ("ศุลกากร", .sectorTrade), ("trade", .sectorTrade),
            ("ความมั่นคง", .sectorSecurityDefence), ("กลาโหม", .sectorSecurityDefence), ("ทหาร", .sectorSecurityDefence), ("การป้องกันประเทศ", .sectorSecurityDefence),
            ("ยาเสพติด", .sectorSecurityDefence), ("ก่อการร้าย", .sectorSecurityDefence), ("defence", .sectorSecurityDefence), ("defense", .sectorSecurityDefence),
            ("สิ่งแวดล้อม", .sectorEnvironment), ("ภูมิอากาศ", .sectorEnvironment), ("ป่าไม้", .sectorEnvironment), ("ทรัพยากรน้ำ", .sectorEnvironment),
            ("ทรัพยากรธรรมชาติ", .sectorEnvironment), ("environment", .sectorEnvironment), ("climate", .sectorEnvironment), ("คาร์บอน", .sectorEnvironment),
            ("แรงงาน", .sectorLabour), ("การจ้างงาน", .sectorLabour), ("labour", .sectorLabour), ("labor", .sectorLabour),
            ("การเงิน", .sectorFinance), ("การคลัง", .sectorFinance), ("ภาษี", .sectorFinance), ("ธนาคาร", .sectorFinance), ("finance", .sectorFinance),
            ("วิทยาศาสตร์", .sectorScience), ("อวกาศ", .sectorScience), ("science", .sectorScience),
        ]
        return t.map { (a($0.0), $0.1) }
    }()

    /// Area cues whose match inside a longer cue must not count (คลื่นความถี่ inside โทรคมนาคม etc. is fine; these are not).
    static let modalityCues: [(S, Modality)] = {
        let t: [(String, Modality)] = [
            ("แลกเปลี่ยนข้อมูล", .informationExchange), ("แลกเปลี่ยนประสบการณ์", .informationExchange), ("แลกเปลี่ยนความรู้", .informationExchange),
            ("แลกเปลี่ยนนโยบาย", .informationExchange), ("แลกเปลี่ยนองค์ความรู้", .informationExchange), ("การแลกเปลี่ยนใน", .informationExchange),
            ("แบ่งปันความรู้", .informationExchange), ("แบ่งปันข้อมูล", .informationExchange), ("information exchange", .informationExchange),
            ("exchange of information", .informationExchange), ("แลกเปลี่ยนเทคโนโลยี", .informationExchange),
            ("แนวทางปฏิบัติที่ดี", .bestPracticeSharing), ("แบ่งปันแนวทางปฏิบัติ", .bestPracticeSharing), ("แนวปฏิบัติที่ดี", .bestPracticeSharing), ("best practice", .bestPracticeSharing),
            ("เยือน", .visits), ("เยี่ยมชม", .visits), ("ศึกษาดูงาน", .visits), ("visit", .visits),
            ("การเข้าร่วมการประชุม", .meetingsDialogue), ("การหารือ", .meetingsDialogue), ("จัดการหารือ", .meetingsDialogue), ("การประชุม และ", .meetingsDialogue),
            ("การประชุมหารือ", .meetingsDialogue), ("การประชุมร่วม", .meetingsDialogue), ("dialogue", .meetingsDialogue),
            ("แลกเปลี่ยนผู้เชี่ยวชาญ", .expertExchange), ("โครงการแลกเปลี่ยนผู้เชี่ยวชาญ", .expertExchange), ("expert exchange", .expertExchange),
            ("แลกเปลี่ยนบุคลากร", .expertExchange), ("แลกเปลี่ยนผู้แทน", .expertExchange),
            ("joint project", .jointProjects), ("ร่วมดำเนินโครงการ", .jointProjects), ("ร่วมโครงการ", .jointProjects), ("ดำเนินโครงการ ความร่วมมือ", .jointProjects),
            ("โครงการร่วม", .jointProjects), ("วิจัยร่วม", .jointProjects), ("ดำเนินโครงการความร่วมมือ", .jointProjects),
            ("ฝึกอบรม", .training), ("training", .training), ("หลักสูตร", .training),
            ("สัมมนา", .workshopsSeminars), ("ประชุมเชิงปฏิบัติการ", .workshopsSeminars), ("workshop", .workshopsSeminars), ("seminar", .workshopsSeminars),
            ("นิทรรศการ", .exhibitions), ("exhibition", .exhibitions),
            ("ธุรกิจ start-up", .startupFacilitation), ("ธุรกิจ startup", .startupFacilitation), ("อำนวยความสะดวกให้แก่สตาร์ทอัพ", .startupFacilitation),
            ("ธุรกิจสตาร์ทอัพ", .startupFacilitation),
        ]
        return t.map { (a($0.0), $0.1) }
    }()
}
