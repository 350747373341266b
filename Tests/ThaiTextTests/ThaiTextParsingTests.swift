import Testing
import ThaiText

@Suite struct ThaiNumeralsTests {
    @Test func thaiDigitsBecomeASCII() {
        #expect(ThaiNumerals.toASCII("๒๕๖๕") == "2565")
        #expect(ThaiNumerals.toASCII("MOC ๒ ฉบับ") == "MOC 2 ฉบับ")
        #expect(ThaiNumerals.parseInt("๑๒") == 12)
        #expect(ThaiNumerals.parseInt("1,500") == 1500)
        #expect(ThaiNumerals.parseInt("12a") == nil)
        #expect(ThaiNumerals.wordValue("ห้า") == 5)
        #expect(ThaiNumerals.wordValue("five") == 5)
    }
}

@Suite struct ThaiNormalizerTests {
    @Test func offsetsPointIntoTheOriginal() {
        let text = "ก\u{200B}ข\u{00A0}๓ ค"
        let n = ThaiNormalizer.normalize(text)
        #expect(String(String.UnicodeScalarView(n.scalars)) == "กข 3 ค")
        // "3" is the 5th normalised scalar (index 3) and the original index 4.
        #expect(n.originalOffset(3) == 4)
        #expect(n.offsets.last == text.unicodeScalars.count)
        #expect(n.normalizedIndex(ofOriginal: 4) == 3)
    }

    @Test func decomposedSaraAmIsComposed() {
        let n = ThaiNormalizer.normalizedString("ท\u{0E4D}\u{0E32}เนียบ")
        #expect(n == "ทำเนียบ")
    }

    @Test func typographicDashesAndQuotes() {
        #expect(ThaiNormalizer.normalizedString("Co – operation People’s") == "Co - operation People's")
    }
}

@Suite struct ThaiDateTests {
    let ref = CalendarDate(year: 2022, month: 7, day: 4)!

    @Test(arguments: [
        ("วันพฤหัสบดีที่ 22 พฤษภาคม 2568", "2025-05-22"),
        ("วันที่ 2 กุมภาพันธ์ 2567", "2024-02-02"),
        ("เมื่อวันที่ 25 ตุลาคม 2565 ว่า", "2022-10-25"),
        ("วันนี้ (4 ก.ค. 65) นาย", "2022-07-04"),
        ("(22 มี.ค.60)", "2017-03-22"),
        ("๕ สิงหาคม ๒๕๖๕", "2022-08-05"),
        ("1 ม.ค. 2566", "2023-01-01"),
        ("15 ธ.ค. 2561", "2018-12-15"),
        ("3 พ.ย.61", "2018-11-03"),
        ("วันที่ 9 เม.ย. พ.ศ. 2562", "2019-04-09"),
        ("10 มิถุนายน ค.ศ. 2019", "2019-06-10"),
        ("22 May 2025", "2025-05-22"),
        ("May 22, 2025", "2025-05-22"),
        ("1 September 2018", "2018-09-01"),
        ("29 กุมภาพันธ์ 2563", "2020-02-29"),
    ])
    func parsesForm(_ text: String, _ iso: String) {
        #expect(ThaiDate.parse(text, reference: ref)?.iso == iso, "\(text)")
    }

    @Test func dayRanges() throws {
        let n = ThaiNormalizer.normalize("ระหว่างวันที่ 8-9 ส.ค. 65 ซึ่ง")
        let m = try #require(ThaiDate.mentions(in: n.scalars, reference: ref).first)
        #expect(m.date.iso == "2022-08-08")
        #expect(m.endDate?.iso == "2022-08-09")
        #expect(n.string(m.range) == "8-9 ส.ค. 65")
    }

    @Test func yearlessDatesResolveAgainstThePublicationDate() throws {
        #expect(ThaiDate.parse("เมื่อวันที่ 25 ต.ค.", reference: CalendarDate(year: 2022, month: 10, day: 27)!)?.iso == "2022-10-25")
        // A December event reported in early January belongs to the previous year.
        #expect(ThaiDate.parse("เมื่อวันที่ 30 ธันวาคม", reference: CalendarDate(year: 2023, month: 1, day: 3)!)?.iso == "2022-12-30")
        let n = ThaiNormalizer.normalize("วันที่ 5 ส.ค.")
        #expect(ThaiDate.mentions(in: n.scalars, reference: ref).first?.yearInferred == true)
        #expect(ThaiDate.parse("วันที่ 5 ส.ค.") == nil)
    }

    @Test func invalidDaysAreRejected() {
        #expect(ThaiDate.parse("31 กุมภาพันธ์ 2565") == nil)
        #expect(ThaiDate.parse("ครั้งที่ 2 ปี 2565") == nil)
        #expect(ThaiDate.parse("ข้อ 12 มาตรา 5") == nil)
    }

    @Test func buddhistAndTwoDigitYears() {
        #expect(ThaiDate.gregorianYear(written: 2565, digits: 4) == 2022)
        #expect(ThaiDate.gregorianYear(written: 65, digits: 2) == 2022)
        #expect(ThaiDate.gregorianYear(written: 2019, digits: 4) == 2019)
        #expect(ThaiDate.gregorianYear(written: 19, digits: 2, forceCE: true) == 2019)
    }

    @Test func yearRanges() {
        #expect(ThaiDate.parseYearRange("(ปี 2561-2564)").map { [$0.first, $0.last] } == [2018, 2021])
        #expect(ThaiDate.parseYearRange("พ.ศ. 2561 - 2564").map { [$0.first, $0.last] } == [2018, 2021])
        #expect(ThaiDate.parseYearRange("2018-2021").map { [$0.first, $0.last] } == [2018, 2021])
        #expect(ThaiDate.parseYearRange("ปี 2561-64").map { [$0.first, $0.last] } == [2018, 2021])
        #expect(ThaiDate.parseYearRange("โทร 02-2564") == nil)
    }
}

@Suite struct DurationTests {
    @Test(arguments: [
        ("โดยบันทึกความเข้าใจดังกล่าวจะมีระยะเวลา 5 ปี มีเนื้อหา", 5.0),
        ("ต่อเนื่องจากระยะเวลา 3 ปีก่อนหน้า", 3.0),
        ("มีผลใช้บังคับ 5 ปี", 5.0),
        ("มีผลบังคับใช้เป็นเวลา ๔ ปี", 4.0),
        ("มีอายุ 2 ปี 6 เดือน", 2.5),
        ("เป็นเวลา 18 เดือน", 1.5),
        ("ระยะเวลาห้าปี", 5.0),
        ("for a period of five (5) years", 5.0),
        ("valid for 3 years", 3.0),
        ("a 5-year programme", 5.0),
        ("five-year MoU", 5.0),
        ("มีกำหนดระยะเวลาความร่วมมือ 2 ปี", 2.0),
        ("พร้อมต่ออายุบันทึกข้อตกลงซื้อขายข้าวไปอีก 2 ปี จนถึงปี 2561", 2.0),
        ("ขยายเวลาบันทึกข้อตกลงออกไปอีก ๓ ปี", 3.0),
    ])
    func parsesForm(_ text: String, _ years: Double) {
        #expect(DurationParser.years(in: text) == years, "\(text)")
    }

    @Test func noTermNoDuration() {
        #expect(DurationParser.years(in: "ในปี 2565 มีผู้เข้าร่วม 300 คน") == nil)
        #expect(DurationParser.years(in: "ซึ่งตลอดระยะเวลา 58 ปีที่ผ่านมา สถาบันได้มีความสัมพันธ์อันดี") == nil)
        #expect(DurationParser.years(in: "ความร่วมมือเป็นเวลา 10 ปีที่ผ่านมา") == nil)
        #expect(DurationParser.years(in: "เมื่อ 2019 years ago") == nil)
        // "ไปอีก N ปี" is a term only right after a renewal or extension.
        #expect(DurationParser.years(in: "ซึ่งจะไม่ทำแค่วันนี้เท่านั้น ต้องวางแผนต่อไปอีก 10 ปี") == nil)
    }
}
